package io.sakit.testkit.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Faults in the key lengths (ADD-KEY-001, ADD-KEY-002); every KeyLen stays at most 64 and fully present unless stated. */
final class KeyCases {

    private KeyCases() {
    }

    /** Returns the cases, built on an ESP 3DES/SHA request (conf key first), an AH SHA request and an ESP DES/NONE + AH MD5 bundle. */
    static List<OidCase> all(Build build, RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(algoKeylen(build, esp, ah, bundle));
        cases.addAll(keyLen(build, esp, ah, bundle));
        return cases;
    }

    private static List<OidCase> algoKeylen(Build build, RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int length : new int[] {19, 21, 16, 0}) {
            cases.add(wrong(build, "ESP SHA1 algoKeylen " + length, esp.copy().integrityKeylen(0, length), length - 20));
        }
        for (int length : new int[] {23, 25, 8, 16, 0}) {
            cases.add(wrong(build, "ESP 3DES algoKeylen " + length, esp.copy().confKeylen(0, length), length - 24));
        }
        for (int length : new int[] {16, 12, 0, 40}) {
            cases.add(wrong(build, "AH SHA1 algoKeylen " + length, ah.copy().integrityKeylen(0, length), length - 20));
        }
        for (int length : new int[] {7, 9, 24}) {
            cases.add(wrong(build, "bundle ESP DES algoKeylen " + length, bundle.copy().confKeylen(0, length), length - 8));
        }
        cases.add(wrong(build, "bundle ESP IntegrityAlgo NONE with algoKeylen 16", bundle.copy().integrityKeylen(0, 16), 16));
        cases.add(wrong(build, "bundle AH MD5 algoKeylen 20", bundle.copy().integrityKeylen(1, 20), 4));
        return cases;
    }

    private static OidCase wrong(Build build, String comment, RequestBytes request, int delta) {
        return Cases.invalid(comment + ", KeyLen " + (request.keyLen() + delta), resize(build, request, delta), OidFlag.WRONG_ALGO_KEYLEN);
    }

    /** Grows (with fresh bytes) or shrinks KeyMat by {@code delta} bytes, with KeyLen following. */
    static RequestBytes resize(Build build, RequestBytes request, int delta) {
        byte[] keys = request.keyMat();
        byte[] resized = delta >= 0 ? AlgorithmCases.concat(keys, build.keys().bytes(delta)) : Arrays.copyOf(keys, keys.length + delta);
        return request.keyMat(resized);
    }

    private static List<OidCase> keyLen(Build build, RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int delta : new int[] {-1, 1, -44, 20, -43}) {
            RequestBytes request = resize(build, esp.copy(), delta);
            cases.add(Cases.invalid("ESP 3DES/SHA1 (44 key bytes) with KeyLen " + request.keyLen(), request, OidFlag.KEY_LEN_MISMATCH));
        }
        cases.add(Cases.invalid("KeyLen 43 while all 44 key bytes are present", esp.copy().keyLen(43), OidFlag.KEY_LEN_MISMATCH));
        cases.add(Cases.invalid("AH SHA1 with KeyLen 16", resize(build, ah.copy(), -4), OidFlag.KEY_LEN_MISMATCH));
        cases.add(Cases.invalid("AH SHA1 with KeyLen 21", resize(build, ah.copy(), 1), OidFlag.KEY_LEN_MISMATCH));
        cases.add(Cases.invalid("bundle (24 key bytes) with KeyLen 8: the AH key left out", resize(build, bundle.copy(), -16),
                OidFlag.KEY_LEN_MISMATCH));
        cases.add(Cases.invalid("bundle (24 key bytes) with KeyLen 40", resize(build, bundle.copy(), 16), OidFlag.KEY_LEN_MISMATCH));
        return cases;
    }
}
