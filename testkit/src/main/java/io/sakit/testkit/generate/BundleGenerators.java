package io.sakit.testkit.generate;

import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.packet.HeaderTuple;
import io.sakit.testkit.packet.PlainPacket;
import java.util.List;
import java.util.Optional;

/**
 * Generators of bundles of every shape whose filters match a given packet, and of whole scenarios: a datagram,
 * its bundles (one, or transport over tunnel), framing choices and an IV seed (SPEC.md 9.5, 10, 11).
 */
public final class BundleGenerators {

    private static final int TRANSPORT_SPIS = 0x2000;
    private static final int TUNNEL_SPIS = 0x1000;

    private BundleGenerators() {
    }

    /** Returns bundles of {@code shape} and {@code direction} whose filter matches {@code plain} as it is sent with {@code options}. */
    public static Gen<Bundle> bundles(Shape shape, Direction direction, PlainPacket plain, FrameOptions options, int spiBase) {
        Gen<Tunnel> tunnels = shape.tunnel() ? RequestGenerators.nonZeroAddresses().zip(RequestGenerators.nonZeroAddresses(), Tunnel::new)
                : Gens.constant(Tunnel.NONE);
        Gen<Integer> ports = shape.udp() ? Gens.oneOf(List.of(Gens.constant(Bundle.NAT_T_PORT), Gens.ints(1, 0xFFFF))) : Gens.constant(0);
        Gen<List<SecurityAssociation>> sas = shape.securityAssociations().zip(Gens.ints(0, 0xFFF), (list, spi) -> withSpis(list, spiBase + spi));
        return ports.flatMap(port -> filters(shape, plain, options, port).zip(tunnels, sas,
                (filter, tunnel, list) -> new Bundle(new AddSaRequest(filter, tunnel, direction, list), port)));
    }

    private static Gen<Filter> filters(Shape shape, PlainPacket plain, FrameOptions options, int port) {
        if (!shape.udp()) {
            return FlowGenerators.filtersMatching(plain.tuple());
        }
        HeaderTuple udp = new HeaderTuple(plain.header().source(), plain.header().destination(), Filter.UDP,
                Optional.of(new HeaderTuple.Ports(options.udpSourcePort(), port)));
        return FlowGenerators.filtersMatching(udp).map(f -> new Filter(f.sourceAddress(), f.sourceMask(), f.destinationAddress(),
                f.destinationMask(), Filter.UDP, f.sourcePort(), f.destinationPort()));
    }

    private static List<SecurityAssociation> withSpis(List<SecurityAssociation> sas, int spi) {
        return sas.stream().map(sa -> new SecurityAssociation(new SaParameters(sa.operation(), spi, sa.parameters().conf(), sa.parameters().integrity()),
                sa.confKey(), sa.integrityKey())).toList();
    }

    /** Returns framing choices: any sequence number, minimal or extra padding, outer-header options, UDP source port. */
    public static Gen<FrameOptions> frameOptions() {
        Gen<Integer> extra = Gens.frequency(List.of(new Gens.Weighted<>(3, Gens.constant(0)), new Gens.Weighted<>(1, Gens.ints(1, 31).map(n -> 8 * n))));
        Gen<Integer> udpSource = Gens.oneOf(List.of(Gens.constant(Bundle.NAT_T_PORT), Gens.ints(1, 0xFFFF)));
        return Gens.anyInt().zip(extra, udpSource, PacketGenerators.options(),
                (seq, pad, port, outer) -> FrameOptions.DEFAULT.withSequence(seq).withExtraPadding(pad).withUdpSourcePort(port).withOuterOptions(outer));
    }

    /** Returns scenarios of one bundle of {@code shape}. */
    public static Gen<Scenario> scenarios(Shape shape, Direction direction) {
        return PacketGenerators.plainPackets().zip(frameOptions(), Gens.longs(0, Long.MAX_VALUE), Parts::new)
                .flatMap(parts -> bundles(shape, direction, parts.plain(), parts.options(), TRANSPORT_SPIS)
                        .map(bundle -> new Scenario(parts.plain(), Bundles.of(bundle), parts.options(), parts.ivSeed())));
    }

    private record Parts(PlainPacket plain, FrameOptions options, long ivSeed) {
    }

    /**
     * Returns scenarios that send datagrams matching the filter of {@code inbound} on it: the protected inbound packets a
     * receiver of that bundle processes (SPEC.md 11).
     *
     * @throws IllegalArgumentException for a UDP-ESP bundle whose filter's DestPort is neither 0 nor its port
     */
    public static Gen<Scenario> protectedInbound(Bundle inbound) {
        Filter filter = inbound.request().filter();
        if (!inbound.isUdpEsp()) {
            return FlowGenerators.packetsMatching(filter).zip(frameOptions(), Gens.anyInt(),
                    (plain, options, seed) -> new Scenario(plain, Bundles.of(inbound), options, seed));
        }
        if (filter.destinationPort() != 0 && filter.destinationPort() != inbound.encapsulationPort()) {
            throw new IllegalArgumentException(inbound + " has a filter no UDP-ESP packet to port " + inbound.encapsulationPort() + " matches");
        }
        Filter addresses = new Filter(filter.sourceAddress(), filter.sourceMask(), filter.destinationAddress(), filter.destinationMask(), 0, 0, 0);
        return FlowGenerators.packetsMatching(addresses).zip(frameOptions(), Gens.anyInt(), (plain, options, seed) -> new Scenario(plain,
                Bundles.of(inbound), filter.sourcePort() == 0 ? options : options.withUdpSourcePort(filter.sourcePort()), seed));
    }

    /** Returns transport-over-tunnel scenarios: a plain transport bundle inside a plain tunnel bundle of the given shapes. */
    public static Gen<Scenario> transportOverTunnel(Shape transport, Shape tunnel, Direction direction) {
        return scenarios(transport, direction).flatMap(inner -> bundles(tunnel, direction, inner.plain(), inner.options(), TUNNEL_SPIS)
                .map(outer -> new Scenario(inner.plain(), Bundles.transportOverTunnel(inner.bundles().offload(), outer), inner.options(), inner.ivSeed())));
    }

    /** Returns scenarios of every shape, transport over tunnel included. */
    public static Gen<Scenario> anyScenario(Direction direction) {
        Gen<Scenario> single = Gens.enumValues(Shape.class).flatMap(shape -> scenarios(shape, direction));
        Gen<Scenario> nested = Gens.pick(Shape.plainTransport()).zip(Gens.pick(Shape.plainTunnel()), (t, u) -> new Shape[] {t, u})
                .flatMap(pair -> transportOverTunnel(pair[0], pair[1], direction));
        return Gens.frequency(List.of(new Gens.Weighted<>(3, single), new Gens.Weighted<>(1, nested)));
    }
}
