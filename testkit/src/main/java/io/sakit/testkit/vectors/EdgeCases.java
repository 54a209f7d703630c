package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Valid requests at the edges of a rule: extra bytes, ignored fields, parity, two-key 3DES, masks, ports, protocol 255. */
final class EdgeCases {

    private EdgeCases() {
    }

    /** Returns every edge case for ADD_SA. */
    static List<OidCase> all(Build build) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(ignoredBytes(build));
        cases.addAll(keys(build));
        cases.addAll(filters(build));
        return cases;
    }

    private static List<OidCase> ignoredBytes(Build build) {
        RequestBytes esp = build.esp();
        RequestBytes bundle = build.bundle();
        long handle = build.abi().maxHandle();
        return List.of(
                Cases.valid("buffer 1 byte longer than the need", esp.copy().length(esp.length() + 1, 0), OidFlag.BUFFER_LONGER_THAN_NEEDED),
                Cases.valid("buffer 8 bytes longer, filled with 0xFF", esp.copy().length(esp.length() + 8, 0xFF), OidFlag.BUFFER_LONGER_THAN_NEEDED),
                Cases.valid("bundle buffer 100 bytes longer, filled with 0xA5", bundle.copy().length(bundle.length() + 100, 0xA5),
                        OidFlag.BUFFER_LONGER_THAN_NEEDED),
                Cases.valid("SecAssoc[1] and [2] filled with 0xA5 and 0xFF, NumSAs 1", esp.copy().fillEntry(1, 0xA5).fillEntry(2, 0xFF),
                        OidFlag.UNUSED_ENTRY_IGNORED),
                Cases.valid("SecAssoc[1] repeats the used ESP entry, NumSAs 1", esp.copy().copyEntry(0, 1), OidFlag.UNUSED_ENTRY_IGNORED),
                Cases.valid("bundle with SecAssoc[2] filled with 0xFF", bundle.copy().fillEntry(2, 0xFF), OidFlag.UNUSED_ENTRY_IGNORED),
                Cases.valid("algoRounds 16 in IntegrityAlgo and ConfAlgo", esp.copy().rounds(0, 16), OidFlag.ROUNDS_AND_RESERVED_IGNORED),
                Cases.valid("algoRounds 0xFFFFFFFF", esp.copy().rounds(0, -1), OidFlag.ROUNDS_AND_RESERVED_IGNORED),
                Cases.valid("Reserved ALGO_INFO holds 3DES, 24, 48", esp.copy().reserved(0, 3, 24, 48), OidFlag.ROUNDS_AND_RESERVED_IGNORED),
                Cases.valid("bundle with rounds and Reserved set in both entries", bundle.copy().rounds(0, 1).rounds(1, 2).reserved(0, -1, -1, -1)
                        .reserved(1, 7, 7, 7), OidFlag.ROUNDS_AND_RESERVED_IGNORED),
                Cases.valid("OffloadHandle holds 0x12345678 on input", esp.copy().offloadHandle(0x12345678), OidFlag.OFFLOAD_HANDLE_INPUT_IGNORED),
                Cases.valid("OffloadHandle holds " + Cases.hex(handle) + " on input", build.ah().offloadHandle(handle),
                        OidFlag.OFFLOAD_HANDLE_INPUT_IGNORED));
    }

    private static List<OidCase> keys(Build build) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(ValidCases.maximumKeyLen(build));
        RequestBytes des = build.add(Suite.esp(ConfAlgorithm.DES, IntegrityAlgorithm.MD5), Filters.WEB, Tunnel.NONE, Direction.INBOUND);
        cases.add(Cases.valid("DES key with every parity bit wrong", wrongParity(des.copy(), 0, 8), OidFlag.VALID_REQUEST,
                OidFlag.DES_PARITY_IGNORED));
        RequestBytes bundle = build.add(Suite.bundle(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.SHA1), Filters.WEB,
                Tunnel.NONE, Direction.OUTBOUND);
        cases.add(Cases.valid("3DES key (bundle) with every parity bit wrong", wrongParity(bundle.copy(), 0, 24), OidFlag.VALID_REQUEST,
                OidFlag.DES_PARITY_IGNORED));
        byte[] k1 = bundle.copy().keyMat();
        cases.add(Cases.valid("3DES key (bundle) with K3 = K1: two-key triple DES", bundle.copy().keyBytes(16, Arrays.copyOf(k1, 8)),
                OidFlag.VALID_REQUEST, OidFlag.TWO_KEY_TRIPLE_DES));
        return cases;
    }

    /** Gives each of {@code length} KeyMat bytes from {@code offset} the wrong (even) DES parity, keeping its key bits. */
    static RequestBytes wrongParity(RequestBytes request, int offset, int length) {
        byte[] keys = request.keyMat();
        byte[] even = new byte[length];
        for (int i = 0; i < length; i++) {
            int bits = keys[offset + i] & 0xFE;
            even[i] = (byte) (Integer.bitCount(bits) % 2 == 0 ? bits : bits | 1);
        }
        return request.keyBytes(offset, even);
    }

    private static List<OidCase> filters(Build build) {
        List<OidCase> cases = new ArrayList<>();
        String[][] masks = {{"128.0.0.0", "255.255.255.254"}, {"255.255.255.0", "255.255.0.0"}, {"255.0.0.0", "255.255.255.255"},
            {"255.255.255.252", "0.0.0.0"}};
        for (String[] pair : masks) {
            Filter filter = Filters.filter("10.1.2.0", pair[0], "10.9.0.6", pair[1], 0, 0, 0);
            cases.add(Cases.valid("SrcMask " + pair[0] + ", DestMask " + pair[1], build.add(Suite.ah(IntegrityAlgorithm.MD5), filter, Tunnel.NONE,
                    Direction.INBOUND), OidFlag.VALID_REQUEST, OidFlag.CONTIGUOUS_MASK));
        }
        int[][] ports = {{0, 1, 65535}, {17, 65535, 0}, {6, 0x0102, 0x0201}, {0, 4500, 0}};
        for (int[] p : ports) {
            Filter filter = Filters.filter("10.1.2.0", "255.255.255.0", "0.0.0.0", "0.0.0.0", p[0], p[1], p[2]);
            cases.add(Cases.valid("Protocol " + p[0] + " with SrcPort " + p[1] + ", DestPort " + p[2], build.add(Suite.esp(ConfAlgorithm.DES,
                    IntegrityAlgorithm.SHA1), filter, Tunnel.NONE, Direction.OUTBOUND), OidFlag.VALID_REQUEST, OidFlag.PORTS_WITH_ANY_PROTOCOL));
        }
        cases.add(Cases.valid("Protocol 255", build.add(Suite.ah(IntegrityAlgorithm.SHA1), Filters.filter("0.0.0.0", "0.0.0.0", "10.9.0.7",
                "0.0.0.0", 255, 0, 0), Tunnel.NONE, Direction.INBOUND), OidFlag.VALID_REQUEST, OidFlag.PROTOCOL_BOUNDARY));
        return cases;
    }
}
