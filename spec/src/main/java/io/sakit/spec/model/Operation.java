package io.sakit.spec.model;

/** The operation of one OFFLOAD_SECURITY_ASSOCIATION ({@code OFFLOAD_OPERATION_E}). */
public enum Operation {
    /** {@code AUTHENTICATE} (1): an AH SA. */
    AUTHENTICATE(1, 51),
    /** {@code ENCRYPT} (2): an ESP SA. */
    ENCRYPT(2, 50);

    private static final Operation[] VALUES = values();

    private final int value;
    private final int ipProtocol;

    Operation(int value, int ipProtocol) {
        this.value = value;
        this.ipProtocol = ipProtocol;
    }

    /** Returns the {@code OFFLOAD_OPERATION_E} value. */
    public int value() {
        return value;
    }

    /** Returns the IP protocol number of the IPsec header this operation produces: 51 for AH, 50 for ESP. */
    public int ipProtocol() {
        return ipProtocol;
    }

    /**
     * Returns the operation with this value.
     *
     * @throws RuleViolation ADD-OP-001 for any value other than 1 or 2
     */
    public static Operation fromValue(int value) {
        for (Operation operation : VALUES) {
            if (operation.value == value) {
                return operation;
            }
        }
        throw RuleViolation.invalidData("ADD-OP-001", "Operation " + Integer.toUnsignedString(value) + "; must be AUTHENTICATE (1) or ENCRYPT (2)");
    }

    /** Returns "AH" or "ESP". */
    public String protocolName() {
        return this == AUTHENTICATE ? "AH" : "ESP";
    }
}
