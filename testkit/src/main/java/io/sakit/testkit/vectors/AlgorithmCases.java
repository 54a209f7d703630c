package io.sakit.testkit.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One fault at a time in the algorithm identifiers and their combination (ADD-ALG-001 to 006). */
final class AlgorithmCases {

    private AlgorithmCases() {
    }

    /** Returns the cases, built on an ESP 3DES/SHA request, an AH SHA request and an ESP DES/NONE + AH MD5 bundle. */
    static List<OidCase> all(Build build, RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(ah(build, ah, bundle));
        cases.addAll(esp(esp, bundle));
        cases.addAll(combinations(esp, bundle));
        return cases;
    }

    private static List<OidCase> ah(Build build, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int id : new int[] {0, 3, 4, 0xFFFFFFFF}) {
            cases.add(Cases.invalid("AH IntegrityAlgo " + Cases.hex(Integer.toUnsignedLong(id)), ah.copy().integrity(0, id), OidFlag.AH_INTEGRITY_INVALID));
        }
        cases.add(Cases.invalid("bundle AH IntegrityAlgo NONE", bundle.copy().integrity(1, 0), OidFlag.AH_INTEGRITY_INVALID));
        cases.add(Cases.invalid("AH ConfAlgo DES with algoKeylen 0", ah.copy().conf(0, 1), OidFlag.AH_WITH_CONF_ALGO));
        cases.add(Cases.invalid("AH ConfAlgo 3_DES with algoKeylen 0", ah.copy().conf(0, 3), OidFlag.AH_WITH_CONF_ALGO));
        byte[] more = concat(ah.keyMat(), build.keys().bytes(8));
        cases.add(Cases.invalid("AH ConfAlgo NONE with algoKeylen 8, KeyLen 28", ah.copy().confKeylen(0, 8).keyMat(more), OidFlag.AH_WITH_CONF_ALGO));
        cases.add(Cases.invalid("AH ConfAlgo DES with algoKeylen 8, KeyLen 28", ah.copy().conf(0, 1).confKeylen(0, 8).keyMat(more),
                OidFlag.AH_WITH_CONF_ALGO));
        cases.add(Cases.invalid("bundle AH ConfAlgo DES", bundle.copy().conf(1, 1), OidFlag.AH_WITH_CONF_ALGO));
        return cases;
    }

    private static List<OidCase> esp(RequestBytes esp, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int id : new int[] {2, 4, 5, 0xFFFFFFFF, 0x03000000}) {
            cases.add(Cases.invalid("ESP ConfAlgo " + Cases.hex(Integer.toUnsignedLong(id)), esp.copy().conf(0, id), OidFlag.ESP_CONF_INVALID));
        }
        cases.add(Cases.invalid("bundle ESP ConfAlgo RESERVED (2)", bundle.copy().conf(0, 2), OidFlag.ESP_CONF_INVALID));
        for (int id : new int[] {3, 4, 0xFFFFFFFF, 0x02000000}) {
            cases.add(Cases.invalid("ESP IntegrityAlgo " + Cases.hex(Integer.toUnsignedLong(id)), esp.copy().integrity(0, id),
                    OidFlag.ESP_INTEGRITY_INVALID));
        }
        return cases;
    }

    private static List<OidCase> combinations(RequestBytes esp, RequestBytes bundle) {
        RequestBytes none = esp.copy().conf(0, 0).confKeylen(0, 0).integrity(0, 0).integrityKeylen(0, 0).keyMat(new byte[0]);
        byte[] ahKey = Arrays.copyOfRange(bundle.keyMat(), 8, 24);
        RequestBytes bundleNone = bundle.copy().conf(0, 0).confKeylen(0, 0).keyMat(ahKey);
        byte[] desKey = Arrays.copyOf(bundle.keyMat(), 8);
        byte[] tripleDesKey = Arrays.copyOf(esp.keyMat(), 24);
        return List.of(
                Cases.invalid("ESP ConfAlgo NONE and IntegrityAlgo NONE, KeyLen 0", none, OidFlag.ESP_WITHOUT_ALGORITHMS),
                Cases.invalid("bundle whose ESP has ConfAlgo NONE and IntegrityAlgo NONE", bundleNone, OidFlag.ESP_WITHOUT_ALGORITHMS),
                Cases.invalid("single ESP DES/NONE (bundle cut to NumSAs 1)", bundle.copy().numSas(1).keyMat(desKey), OidFlag.ESP_WITHOUT_INTEGRITY_ALONE),
                Cases.invalid("single ESP 3DES/NONE", esp.copy().integrity(0, 0).integrityKeylen(0, 0).keyMat(tripleDesKey),
                        OidFlag.ESP_WITHOUT_INTEGRITY_ALONE));
    }

    /** Returns {@code a} followed by {@code b}. */
    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
