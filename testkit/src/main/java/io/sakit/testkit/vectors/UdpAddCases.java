package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.ImageCodec;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.codec.UdpEspImage;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ADD_UDPESP_SA requests that need no adapter state: valid ones, every ADD_SA rule with the UDP-ESP layout
 * (UDP-ADD-001), and the UDP-ESP rules (UDP-PRO-001, UDP-ESP-001, UDP-ENC-001/002).
 */
final class UdpAddCases {

    private final Build build;
    private final RequestBytes esp;

    private UdpAddCases(Build build) {
        this.build = build;
        this.esp = build.udp(Filters.NAT_T, Tunnel.NONE, Direction.INBOUND);
    }

    /** Returns every case. */
    static List<OidCase> all(Build build) {
        UdpAddCases cases = new UdpAddCases(build);
        List<OidCase> all = new ArrayList<>(cases.valid());
        all.addAll(cases.ignored());
        all.addAll(LengthCases.all(build, cases.esp, cases.request(Suite.esp(ConfAlgorithm.DES, IntegrityAlgorithm.MD5))));
        all.addAll(cases.structure());
        all.addAll(cases.keys());
        all.addAll(KeyValueCases.singleEsp(cases::request));
        all.addAll(cases.udpRules());
        return all;
    }

    private RequestBytes request(Suite suite) {
        return build.udp(build.request(suite, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND), 4500);
    }

    private List<OidCase> valid() {
        List<OidCase> cases = new ArrayList<>();
        int[] ports = {4500, 4501, 0x0102};
        int i = 0;
        for (ConfAlgorithm conf : ConfAlgorithm.values()) {
            for (IntegrityAlgorithm mac : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
                Direction first = i % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND;
                Direction second = first == Direction.INBOUND ? Direction.OUTBOUND : Direction.INBOUND;
                cases.add(one(Suite.esp(conf, mac), Filters.VALID_UDP.get(i % 3), Tunnel.NONE, first, ports[i % 3]));
                cases.add(one(Suite.esp(conf, mac), Filters.VALID_UDP.get((i + 1) % 3), Filters.TUNNEL, second, ports[(i + 1) % 3]));
                i++;
            }
        }
        return cases;
    }

    private OidCase one(Suite suite, Filter filter, Tunnel tunnel, Direction direction, int port) {
        RequestBytes request = build.udp(build.request(suite, filter, tunnel, direction), port);
        return Cases.valid("valid UDP-ESP " + suite.describe() + ", " + (tunnel.isTunnel() ? "tunnel" : "transport") + ", " + direction + ", port "
                + port + ", " + filter, request, OidFlag.VALID_REQUEST);
    }

    private List<OidCase> ignored() {
        return List.of(
                Cases.valid("buffer 16 bytes longer than the need", esp.copy().length(esp.length() + 16, 0xEE), OidFlag.BUFFER_LONGER_THAN_NEEDED),
                Cases.valid("SecAssoc[1] and [2] filled with 0xA5", esp.copy().fillEntry(1, 0xA5).fillEntry(2, 0xA5), OidFlag.UNUSED_ENTRY_IGNORED),
                Cases.valid("algoRounds and Reserved set", esp.copy().rounds(0, 8).reserved(0, 1, 8, 16), OidFlag.ROUNDS_AND_RESERVED_IGNORED),
                Cases.valid("OffloadHandle holds 0x77 on input", esp.copy().offloadHandle(0x77), OidFlag.OFFLOAD_HANDLE_INPUT_IGNORED),
                Cases.valid("DES key with every parity bit wrong (KeyMat bytes 0..7)", EdgeCases.wrongParity(request(Suite.esp(ConfAlgorithm.DES,
                        IntegrityAlgorithm.MD5)), 0, 8), OidFlag.VALID_REQUEST, OidFlag.DES_PARITY_IGNORED));
    }

    private List<OidCase> structure() {
        List<OidCase> cases = new ArrayList<>();
        for (int flags : new int[] {0, 3, 0x8000}) {
            cases.add(Cases.invalid("Flags " + Cases.hex(flags), esp.copy().flags(flags), OidFlag.BAD_FLAGS));
        }
        for (int numSas : new int[] {0, 3, -1, 0x0100}) {
            cases.add(Cases.invalid("NumSAs " + numSas, esp.copy().numSas(numSas), OidFlag.BAD_NUM_SAS));
        }
        cases.add(Cases.invalid("Operation 0", esp.copy().operation(0, 0), OidFlag.BAD_OPERATION));
        cases.add(Cases.invalid("ConfAlgo RESERVED (2)", esp.copy().conf(0, 2), OidFlag.ESP_CONF_INVALID));
        cases.add(Cases.invalid("IntegrityAlgo 3", esp.copy().integrity(0, 3), OidFlag.ESP_INTEGRITY_INVALID));
        cases.add(Cases.invalid("ESP NONE/NONE, KeyLen 0", esp.copy().conf(0, 0).confKeylen(0, 0).integrity(0, 0).integrityKeylen(0, 0)
                .keyMat(new byte[0]), OidFlag.ESP_WITHOUT_ALGORITHMS));
        cases.add(Cases.invalid("ESP 3DES/NONE alone", esp.copy().integrity(0, 0).integrityKeylen(0, 0).keyMat(Arrays.copyOf(esp.keyMat(),
                24)), OidFlag.ESP_WITHOUT_INTEGRITY_ALONE));
        cases.add(Cases.invalid("Protocol 256", esp.copy().protocol(256).srcPort(0).destPort(0), OidFlag.PROTOCOL_ABOVE_255));
        cases.add(Cases.invalid("DestMask 0.255.255.255", esp.copy().destMask(Ipv4.parse("0.255.255.255")), OidFlag.NON_CONTIGUOUS_MASK));
        cases.add(Cases.invalid("only SrcTunnelAddr set", esp.copy().srcTunnel(Ipv4.parse("192.0.2.1")), OidFlag.ONE_TUNNEL_ADDRESS_ZERO));
        return cases;
    }

    private List<OidCase> keys() {
        return List.of(
                Cases.invalid("ESP SHA1 algoKeylen 19, KeyLen 43", KeyCases.resize(build, esp.copy().integrityKeylen(0, 19), -1),
                        OidFlag.WRONG_ALGO_KEYLEN),
                Cases.invalid("ESP 3DES algoKeylen 25, KeyLen 45", KeyCases.resize(build, esp.copy().confKeylen(0, 25), 1), OidFlag.WRONG_ALGO_KEYLEN),
                Cases.invalid("KeyLen 43 for 44 key bytes' algorithms", KeyCases.resize(build, esp.copy(), -1), OidFlag.KEY_LEN_MISMATCH),
                Cases.invalid("KeyLen 45 for 44 key bytes' algorithms", KeyCases.resize(build, esp.copy(), 1), OidFlag.KEY_LEN_MISMATCH));
    }

    private List<OidCase> udpRules() {
        List<OidCase> cases = new ArrayList<>();
        RequestBytes portless = build.udp(build.request(Suite.esp(ConfAlgorithm.DES, IntegrityAlgorithm.SHA1), Filters.VALID_UDP.get(0), Tunnel.NONE,
                Direction.INBOUND), 4500);
        for (int protocol : new int[] {0, 6, 50, 1}) {
            cases.add(Cases.invalid("Protocol " + protocol + " in ADD_UDPESP_SA", portless.copy().protocol(protocol), OidFlag.UDP_PROTOCOL_NOT_17));
        }
        cases.add(Cases.invalid("ESP then AH bundle (NumSAs 2)", raw(Suite.bundle(ConfAlgorithm.DES, IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)),
                OidFlag.UDP_NOT_SINGLE_ESP));
        cases.add(Cases.invalid("one AH SA", raw(Suite.ah(IntegrityAlgorithm.SHA1)), OidFlag.UDP_NOT_SINGLE_ESP));
        RequestBytes outbound = build.udp(Filters.NAT_T, Tunnel.NONE, Direction.OUTBOUND);
        cases.add(OidCase.of("UdpEncapType IKE, inbound", esp.copy().encapType(0).step(), Expectation.invalid(NdisStatus.NOT_SUPPORTED),
                OidFlag.UDP_ENCAP_IKE).byAdapter());
        cases.add(OidCase.of("UdpEncapType IKE, outbound", outbound.copy().encapType(0).step(), Expectation.invalid(NdisStatus.NOT_SUPPORTED),
                OidFlag.UDP_ENCAP_IKE).byAdapter());
        for (int type : new int[] {2, 3, 0xFFFFFFFF, 0x01000000}) {
            cases.add(Cases.invalid("UdpEncapType " + Cases.hex(Integer.toUnsignedLong(type)), esp.copy().encapType(type),
                    OidFlag.UDP_ENCAP_TYPE_INVALID));
        }
        cases.add(Cases.invalid("inbound with DstEncapPort 0", esp.copy().encapPort(0), OidFlag.UDP_INBOUND_PORT_ZERO));
        cases.add(Cases.valid("outbound with DstEncapPort 0", outbound.copy().encapPort(0), OidFlag.UDP_OUTBOUND_PORT_IGNORED));
        cases.add(Cases.valid("outbound with DstEncapPort 1", outbound.copy().encapPort(1), OidFlag.UDP_OUTBOUND_PORT_IGNORED));
        cases.add(Cases.valid("outbound with EncapTypeEntryOffldHandle 0xDEAD", outbound.copy().encapHandle(0xDEAD), OidFlag.UDP_OUTBOUND_ENTRY_IGNORED));
        cases.addAll(multipleFaults(outbound));
        return cases;
    }

    private List<OidCase> multipleFaults(RequestBytes outbound) {
        RequestBytes ike = esp.copy().encapType(0);
        return List.of(
                OidCase.of("UdpEncapType IKE and Flags 0", ike.copy().flags(0).step(), Expectation.invalidData().orAlso(NdisStatus.NOT_SUPPORTED),
                        OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.UDP_ENCAP_IKE, OidFlag.BAD_FLAGS),
                OidCase.of("UdpEncapType IKE with DstEncapPort 0, inbound", ike.copy().encapPort(0).step(),
                        Expectation.invalidData().orAlso(NdisStatus.NOT_SUPPORTED), OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.UDP_ENCAP_IKE,
                        OidFlag.UDP_INBOUND_PORT_ZERO),
                OidCase.of("UdpEncapType IKE and KeyMat 1 byte short", ike.copy().length(ike.need() - 1, 0).step(),
                        Expectation.invalidLength(ike.need()).orAlso(NdisStatus.NOT_SUPPORTED), OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS,
                        OidFlag.UDP_ENCAP_IKE, OidFlag.KEY_MAT_TRUNCATED),
                OidCase.of("outbound, UdpEncapType IKE and Protocol 6", outbound.copy().encapType(0).protocol(6).step(),
                        Expectation.invalidData().orAlso(NdisStatus.NOT_SUPPORTED), OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.UDP_ENCAP_IKE,
                        OidFlag.UDP_PROTOCOL_NOT_17));
    }

    /** Returns an ADD_UDPESP_SA buffer for a shape the UdpEspAddRequest record refuses (not one ESP SA), built from raw images. */
    private RequestBytes raw(Suite suite) {
        AddSaRequest request = build.request(suite, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND);
        RequestEncoder encoder = new RequestEncoder(new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, build.abi()));
        UdpEspImage image = new UdpEspImage(encoder.image(request), 1, 4500, 0);
        return new RequestBytes(ImageCodec.encode(image, build.abi()), AddSaLayout.ADD_UDPESP_SA, build.abi());
    }
}
