package io.sakit.testkit.generate;

import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.DesKeys;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.List;

/** Generators of valid requests and of their parts, shrinking towards small, readable values. */
public final class RequestGenerators {

    private static final List<Integer> PROTOCOLS = List.of(0, Filter.TCP, Filter.UDP, 1, 47, 50, 51, 255);

    private RequestGenerators() {
    }

    /** Returns IPv4 addresses: zero (not used), small private addresses, or any 32-bit value. */
    public static Gen<Integer> addresses() {
        return Gens.oneOf(List.of(Gens.constant(0), Gens.ints(0x0A000001, 0x0A0000FF), Gens.anyInt()));
    }

    /** Returns non-zero IPv4 addresses. */
    public static Gen<Integer> nonZeroAddresses() {
        return Gens.oneOf(List.of(Gens.ints(0x0A000001, 0x0A0000FF), Gens.anyInt().map(a -> a == 0 ? 1 : a)));
    }

    /** Returns subnet masks of every prefix length, 0 (not used) included. */
    public static Gen<Integer> masks() {
        return Gens.ints(0, 32, 32).map(RequestGenerators::prefixMask);
    }

    /** Returns the subnet mask of a prefix length 0..32. */
    public static int prefixMask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** Returns valid filters: each field zero or set, ports only with protocol 0, TCP or UDP. */
    public static Gen<Filter> filters() {
        Gen<int[]> source = addresses().zip(masks(), (a, m) -> new int[] {a, m});
        Gen<int[]> destination = addresses().zip(masks(), (a, m) -> new int[] {a, m});
        Gen<int[]> protocolAndPorts = Gens.pick(PROTOCOLS).flatMap(p -> FlowKey.hasPorts(p) || p == 0
                ? ports().zip(ports(), (s, d) -> new int[] {p, s, d})
                : Gens.constant(new int[] {p, 0, 0}));
        return source.zip(destination, protocolAndPorts, (s, d, p) -> new Filter(s[0], s[1], d[0], d[1], p[0], p[1], p[2]));
    }

    /** Returns ports: zero (not used), well-known ports, or any 16-bit value. */
    public static Gen<Integer> ports() {
        return Gens.oneOf(List.of(Gens.constant(0), Gens.pick(List.of(80, 443, 500, 4500, 0x0102)), Gens.ints(0, 0xFFFF)));
    }

    /** Returns tunnel endpoints: transport (none) or two non-zero addresses. */
    public static Gen<Tunnel> tunnels() {
        return Gens.booleans().flatMap(tunnel -> tunnel
                ? nonZeroAddresses().zip(nonZeroAddresses(), Tunnel::new)
                : Gens.constant(Tunnel.NONE));
    }

    /** Returns random key bytes valid for {@code algorithm}: a 3DES key never collapses to single DES. */
    public static Gen<KeyMaterial> confKeys(ConfAlgorithm algorithm) {
        return Gens.bytes(algorithm.keyLength()).map(bytes -> KeyMaterial.copyOf(algorithm == ConfAlgorithm.TRIPLE_DES ? distinct3des(bytes) : bytes));
    }

    /** Returns random key bytes of the length {@code algorithm} needs. */
    public static Gen<KeyMaterial> integrityKeys(IntegrityAlgorithm algorithm) {
        return Gens.bytes(algorithm.keyLength()).map(KeyMaterial::copyOf);
    }

    private static byte[] distinct3des(byte[] key) {
        byte[] fixed = key.clone();
        while (DesKeys.collapsesToSingleDes(KeyMaterial.copyOf(fixed))) {
            fixed[DesKeys.KEY_LENGTH] += 2;
        }
        return fixed;
    }

    /** Returns SPIs: small values or any 32-bit value. */
    public static Gen<Integer> spis() {
        return Gens.oneOf(List.of(Gens.ints(0x100, 0x1FF), Gens.anyInt()));
    }

    /** Returns AH SAs with keys. */
    public static Gen<SecurityAssociation> ahSas() {
        return spis().zip(Gens.pick(List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)), (spi, integrity) ->
                new SaParameters(Operation.AUTHENTICATE, spi, ConfAlgorithm.NONE, integrity)).flatMap(RequestGenerators::withKeys);
    }

    /** Returns ESP SAs with keys; {@code withoutIntegrity} allows integrity NONE (the ESP half of a bundle). */
    public static Gen<SecurityAssociation> espSas(boolean withoutIntegrity) {
        List<IntegrityAlgorithm> integrities = withoutIntegrity ? List.of(IntegrityAlgorithm.SHA1, IntegrityAlgorithm.MD5, IntegrityAlgorithm.NONE)
                : List.of(IntegrityAlgorithm.SHA1, IntegrityAlgorithm.MD5);
        Gen<SaParameters> parameters = spis().zip(Gens.enumValues(ConfAlgorithm.class), Gens.pick(integrities),
                (spi, conf, integrity) -> conf == ConfAlgorithm.NONE && integrity == IntegrityAlgorithm.NONE
                        ? new SaParameters(Operation.ENCRYPT, spi, ConfAlgorithm.DES, integrity)
                        : new SaParameters(Operation.ENCRYPT, spi, conf, integrity));
        return parameters.flatMap(RequestGenerators::withKeys);
    }

    /** Returns an SA with random keys for the given parameters. */
    public static Gen<SecurityAssociation> withKeys(SaParameters parameters) {
        return confKeys(parameters.conf()).zip(integrityKeys(parameters.integrity()), (conf, integrity) -> new SecurityAssociation(parameters, conf, integrity));
    }

    /** Returns the SAs of one request: a single AH or ESP SA, or an ESP-then-AH bundle. */
    public static Gen<List<SecurityAssociation>> saLists() {
        Gen<List<SecurityAssociation>> single = Gens.oneOf(List.of(espSas(false), ahSas())).map(List::of);
        Gen<List<SecurityAssociation>> bundle = espSas(true).zip(ahSas(), List::of);
        return Gens.frequency(List.of(new Gens.Weighted<>(3, single), new Gens.Weighted<>(1, bundle)));
    }

    /** Returns valid ADD_SA requests. */
    public static Gen<AddSaRequest> addSaRequests() {
        return filters().zip(tunnels(), Gens.enumValues(Direction.class), saLists(), AddSaRequest::new);
    }

    /** Returns valid ADD_UDPESP_SA requests (either encapsulation type; the entry handle NULL or set). */
    public static Gen<UdpEspAddRequest> udpEspRequests() {
        Gen<Filter> udpFilters = filters().zip(ports(), ports(), (f, s, d) ->
                new Filter(f.sourceAddress(), f.sourceMask(), f.destinationAddress(), f.destinationMask(), Filter.UDP, s, d));
        Gen<AddSaRequest> requests = udpFilters.zip(tunnels(), Gens.enumValues(Direction.class), espSas(false),
                (f, t, d, sa) -> new AddSaRequest(f, t, d, List.of(sa)));
        Gen<Long> entryHandles = Gens.oneOf(List.of(Gens.constant(0L), Gens.longs(1, 0xFFFF_FFFFL)));
        return requests.zip(Gens.enumValues(UdpEncapType.class), Gens.ints(1, 0xFFFF, 4500), entryHandles, UdpEspAddRequest::new);
    }

    /** Returns every profile. */
    public static Gen<Profile> profiles() {
        return Gens.enumValues(KeyOrder.class).zip(Gens.enumValues(BytesNeededMode.class), Gens.enumValues(Abi.class), Profile::new);
    }

    /** Returns header fields of packets: TCP and UDP with ports, other protocols without. */
    public static Gen<FlowKey> flows() {
        return addresses().zip(addresses(), Gens.pick(List.of(Filter.TCP, Filter.UDP, 1, 47, 0, 255)), (s, d, p) -> new int[] {s, d, p})
                .zip(ports(), ports(), (sdp, sp, dp) -> FlowKey.hasPorts(sdp[2]) ? new FlowKey(sdp[0], sdp[1], sdp[2], sp, dp)
                        : new FlowKey(sdp[0], sdp[1], sdp[2], 0, 0));
    }
}
