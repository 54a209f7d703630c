package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.profile.KeyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Key values: degenerate 3DES keys (ADD-KEY-004), weak DES keys (ADD-KEY-005), and keys whose verdict depends
 * on the keyOrder profile point (ADD-KEY-003), each in the group of the order it is about.
 */
final class KeyValueCases {

    /** Weak and semi-weak DES keys (FIPS 74, NIST SP 800-67), odd parity. */
    private static final List<String> WEAK = List.of("0101010101010101", "fefefefefefefefe", "e0e0e0e0f1f1f1f1", "1f1f1f1f0e0e0e0e",
            "011f011f010e010e", "e001e001f101f101", "01fe01fe01fe01fe", "1ffe1ffe0efe0efe");

    private KeyValueCases() {
    }

    /** Returns every key value case for requests made by {@code requests}. */
    static List<OidCase> all(Requests requests) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(orderIndependent(requests));
        for (KeyOrder order : KeyOrder.values()) {
            cases.addAll(orderDependent(requests, order));
        }
        return cases;
    }

    /** Returns the cases on single ESP SAs only, whose verdict depends on the key order (for UDP-ESP, which has no bundles). */
    static List<OidCase> singleEsp(Requests requests) {
        List<OidCase> cases = new ArrayList<>();
        for (KeyOrder order : KeyOrder.values()) {
            cases.addAll(orderDependent(requests, order));
        }
        return cases;
    }

    /** Builds the requests the cases poke at: ADD_SA or ADD_UDPESP_SA. */
    interface Requests {
        /** Returns a fresh valid request of {@code suite}. */
        RequestBytes of(Suite suite);
    }

    private static List<OidCase> orderIndependent(Requests requests) {
        List<OidCase> cases = new ArrayList<>();
        RequestBytes tripleDes = requests.of(Suite.bundle(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.MD5));
        byte[] keys = tripleDes.keyMat();
        cases.add(Cases.invalid("3DES (bundle) with K2 = K3", tripleDes.copy().keyBytes(16, part(keys, 8)), OidFlag.DEGENERATE_TRIPLE_DES_KEY));
        cases.add(Cases.invalid("3DES (bundle) with K1 = K2 = K3", tripleDes.copy().keyBytes(8, part(keys, 0)).keyBytes(16, part(keys, 0)),
                OidFlag.DEGENERATE_TRIPLE_DES_KEY));
        cases.add(Cases.invalid("3DES (bundle) with K1 = K2 except for parity bits", EdgeCases.wrongParity(tripleDes.copy().keyBytes(8, part(keys, 0)),
                8, 8), OidFlag.DEGENERATE_TRIPLE_DES_KEY, OidFlag.DES_PARITY_IGNORED));
        RequestBytes des = requests.of(Suite.bundle(ConfAlgorithm.DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.SHA1));
        for (String weak : WEAK) {
            cases.add(Cases.weak("DES key " + weak + " (bundle), weak or semi-weak", des.copy().keyBytes(0, HexFormat.of().parseHex(weak)),
                    OidFlag.WEAK_DES_KEY));
        }
        cases.add(Cases.weak("DES key 0000000000000000 (bundle): the weak key 0101010101010101 with every parity bit wrong",
                des.copy().keyBytes(0, new byte[8]), OidFlag.WEAK_DES_KEY, OidFlag.DES_PARITY_IGNORED));
        cases.add(Cases.weak("3DES (bundle) whose K2 is the weak key 1f1f1f1f0e0e0e0e", tripleDes.copy().keyBytes(8,
                HexFormat.of().parseHex("1f1f1f1f0e0e0e0e")), OidFlag.WEAK_DES_KEY));
        return cases;
    }

    private static List<OidCase> orderDependent(Requests requests, KeyOrder order) {
        KeyOrder other = order == KeyOrder.CONF_FIRST ? KeyOrder.INTEGRITY_FIRST : KeyOrder.CONF_FIRST;
        List<OidCase> cases = new ArrayList<>();
        for (IntegrityAlgorithm mac : List.of(IntegrityAlgorithm.SHA1, IntegrityAlgorithm.MD5)) {
            RequestBytes request = requests.of(Suite.esp(ConfAlgorithm.TRIPLE_DES, mac));
            int conf = order == KeyOrder.CONF_FIRST ? 0 : mac.keyLength();
            RequestBytes degenerate = request.copy().keyBytes(conf + 8, part(request.keyMat(), conf));
            String what = "ESP 3DES/" + mac + " KeyMat whose bytes " + (conf + 8) + ".." + (conf + 15) + " repeat bytes " + conf + ".." + (conf + 7);
            cases.add(Cases.invalid(what + ": K1 = K2 under " + order.token(), degenerate, OidFlag.DEGENERATE_TRIPLE_DES_KEY,
                    OidFlag.KEY_ORDER_DEPENDENT).in(Scope.of(order)));
            cases.add(Cases.valid(what + ": distinct keys under " + other.token(), degenerate, OidFlag.VALID_REQUEST, OidFlag.KEY_ORDER_DEPENDENT)
                    .in(Scope.of(other)));
        }
        RequestBytes des = requests.of(Suite.esp(ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        int at = order == KeyOrder.CONF_FIRST ? 0 : IntegrityAlgorithm.MD5.keyLength();
        RequestBytes weak = des.copy().keyBytes(at, HexFormat.of().parseHex("fefefefefefefefe"));
        String what = "ESP DES/MD5 KeyMat with the weak key fefefefefefefefe at byte " + at;
        cases.add(Cases.weak(what + ": the DES key under " + order.token(), weak, OidFlag.WEAK_DES_KEY, OidFlag.KEY_ORDER_DEPENDENT)
                .in(Scope.of(order)));
        cases.add(Cases.valid(what + ": part of the MD5 key under " + other.token(), weak, OidFlag.VALID_REQUEST, OidFlag.KEY_ORDER_DEPENDENT)
                .in(Scope.of(other)));
        return cases;
    }

    private static byte[] part(byte[] keys, int offset) {
        return Arrays.copyOfRange(keys, offset, offset + 8);
    }

    /** Returns the ADD_SA request maker: inbound transport requests with the web filter. */
    static Requests addSa(Build build) {
        return suite -> build.add(suite, Filters.WEB, Tunnel.NONE, Direction.INBOUND);
    }
}
