package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import java.util.ArrayList;
import java.util.List;

/** The length checks L1 to L3 of an add request, at their boundaries (ADD-LEN-001 to 003). */
final class LengthCases {

    private LengthCases() {
    }

    /** Returns the length cases for the structure of {@code base} (ADD_SA or ADD_UDPESP_SA). */
    static List<OidCase> all(Build build, RequestBytes base, RequestBytes other) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(beforeKeyMat(base));
        cases.addAll(keyLenTooLarge(build, base));
        cases.addAll(keyMatTruncated(base, other));
        return cases;
    }

    private static List<OidCase> beforeKeyMat(RequestBytes base) {
        int keyMat = base.keyMatOffset();
        int keyLenAt = keyMat - 4;
        List<OidCase> cases = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, AddSaLayout.FLAGS, AddSaLayout.OFFLOAD_HANDLE, keyLenAt, keyMat - 1));
        if (base.layout() == AddSaLayout.ADD_UDPESP_SA) {
            lengths.add(AddSaLayout.ADD_SA.keyMaterial(base.abi()));
        }
        for (int length : lengths) {
            cases.add(Cases.tooShort("buffer of " + length + " bytes; KeyMat starts at " + keyMat, base.copy().length(length, 0), keyMat,
                    OidFlag.BUFFER_SHORTER_THAN_KEY_MAT));
        }
        return cases;
    }

    private static List<OidCase> keyLenTooLarge(Build build, RequestBytes base) {
        List<OidCase> cases = new ArrayList<>();
        RequestBytes full = base.copy().keyMat(build.keys().bytes(65));
        cases.add(Cases.invalid("KeyLen 65 with 65 key bytes present", full, OidFlag.KEY_LEN_TOO_LARGE));
        cases.add(Cases.invalid("KeyLen 65, buffer ends at KeyMat", base.copy().length(base.keyMatOffset(), 0).keyLen(65), OidFlag.KEY_LEN_TOO_LARGE));
        for (int keyLen : new int[] {65, 0x100, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x40000000}) {
            cases.add(Cases.invalid("KeyLen " + Cases.hex(Integer.toUnsignedLong(keyLen)) + ", key bytes of the valid request present",
                    base.copy().keyLen(keyLen), OidFlag.KEY_LEN_TOO_LARGE));
        }
        return cases;
    }

    private static List<OidCase> keyMatTruncated(RequestBytes base, RequestBytes other) {
        List<OidCase> cases = new ArrayList<>();
        for (RequestBytes request : List.of(base, other)) {
            int need = request.need();
            for (int length : new int[] {need - 1, request.keyMatOffset(), request.keyMatOffset() + 1}) {
                cases.add(Cases.tooShort("KeyLen " + request.keyLen() + ", buffer of " + length + " bytes; " + need + " needed",
                        request.copy().length(length, 0), need, OidFlag.KEY_MAT_TRUNCATED));
            }
        }
        return cases;
    }
}
