package io.sakit.testkit.vectors;

import java.util.ArrayList;
import java.util.List;

/** One fault at a time in Flags, NumSAs, the operations and the bundle order (ADD-FLG-001, ADD-NUM-001/002, ADD-OP-001). */
final class StructureCases {

    private StructureCases() {
    }

    /** Returns the cases, built on an ESP request, an AH request and a bundle. */
    static List<OidCase> all(RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(flags(esp, ah, bundle));
        cases.addAll(numSas(esp, bundle));
        cases.addAll(operations(esp, bundle));
        return cases;
    }

    private static List<OidCase> flags(RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int flags : new int[] {0, 3, 4, 0x8000, 0x0101, 0x0102, 0x0100, 0xFFFF}) {
            cases.add(Cases.invalid("Flags " + Cases.hex(flags), esp.copy().flags(flags), OidFlag.BAD_FLAGS));
        }
        cases.add(Cases.invalid("Flags 0x3 on an AH request", ah.copy().flags(3), OidFlag.BAD_FLAGS));
        cases.add(Cases.invalid("Flags 0 on a bundle", bundle.copy().flags(0), OidFlag.BAD_FLAGS));
        return cases;
    }

    private static List<OidCase> numSas(RequestBytes esp, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        int[] values = {0, 3, 4, -1, 0x7FFF, -32768, 0x0100};
        String[] notes = {"", "", "", " (0xFFFF)", "", " (0x8000)", " (bytes 00 01: 1 if read big-endian)"};
        for (int i = 0; i < values.length; i++) {
            cases.add(Cases.invalid("NumSAs " + values[i] + notes[i], esp.copy().numSas(values[i]), OidFlag.BAD_NUM_SAS));
        }
        cases.add(Cases.invalid("NumSAs 3 on a bundle, SecAssoc[2] zero", bundle.copy().numSas(3), OidFlag.BAD_NUM_SAS));
        cases.add(Cases.invalid("NumSAs 3 on a bundle, SecAssoc[2] repeats the AH entry", bundle.copy().copyEntry(1, 2).numSas(3), OidFlag.BAD_NUM_SAS));
        return cases;
    }

    private static List<OidCase> operations(RequestBytes esp, RequestBytes bundle) {
        List<OidCase> cases = new ArrayList<>();
        for (int operation : new int[] {0, 3, 0xFFFFFFFF, 0x02000000}) {
            cases.add(Cases.invalid("SecAssoc[0].Operation " + Cases.hex(Integer.toUnsignedLong(operation)), esp.copy().operation(0, operation),
                    OidFlag.BAD_OPERATION));
        }
        cases.add(Cases.invalid("bundle with SecAssoc[1].Operation 0", bundle.copy().operation(1, 0), OidFlag.BAD_OPERATION));
        cases.add(Cases.invalid("bundle with SecAssoc[1].Operation 3", bundle.copy().operation(1, 3), OidFlag.BAD_OPERATION));
        cases.add(Cases.invalid("bundle AH then ESP (entries swapped)", bundle.copy().swapFirstEntries(), OidFlag.BAD_BUNDLE_ORDER));
        return cases;
    }

    /** Returns the bundle-order cases that need an ESP NULL/MD5 + AH SHA bundle, where either entry can change its operation alone. */
    static List<OidCase> bundleOrder(RequestBytes nullBundle) {
        return List.of(
                Cases.invalid("bundle ESP then ESP (SecAssoc[1].Operation ENCRYPT)", nullBundle.copy().operation(1, 2), OidFlag.BAD_BUNDLE_ORDER),
                Cases.invalid("bundle AH then AH (SecAssoc[0].Operation AUTHENTICATE)", nullBundle.copy().operation(0, 1), OidFlag.BAD_BUNDLE_ORDER));
    }
}
