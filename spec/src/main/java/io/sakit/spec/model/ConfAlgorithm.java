package io.sakit.spec.model;

/** A confidentiality algorithm ({@code OFFLOAD_CONF_ALGO}) with the key and block sizes the specification fixes. */
public enum ConfAlgorithm {
    /** {@code OFFLOAD_IPSEC_CONF_NONE} (0): NULL encryption (RFC 2410); no key, no IV, 4-byte alignment. */
    NONE(0, 0, 4, 0),
    /** {@code OFFLOAD_IPSEC_CONF_DES} (1): DES-CBC (RFC 2405), 8-byte key, 8-byte explicit IV. */
    DES(1, 8, 8, 8),
    /** {@code OFFLOAD_IPSEC_CONF_3_DES} (3): 3DES-EDE-CBC (RFC 2451), 24-byte key, 8-byte explicit IV. */
    TRIPLE_DES(3, 24, 8, 8);

    /** {@code OFFLOAD_IPSEC_CONF_RESERVED}: never valid. */
    public static final int RESERVED_IDENTIFIER = 2;

    private static final ConfAlgorithm[] VALUES = values();

    private final int identifier;
    private final int keyLength;
    private final int alignment;
    private final int ivLength;

    ConfAlgorithm(int identifier, int keyLength, int alignment, int ivLength) {
        this.identifier = identifier;
        this.keyLength = keyLength;
        this.alignment = alignment;
        this.ivLength = ivLength;
    }

    /** Returns the {@code algoIdentifier} value. */
    public int identifier() {
        return identifier;
    }

    /** Returns the exact {@code algoKeylen} this algorithm requires. */
    public int keyLength() {
        return keyLength;
    }

    /** Returns the multiple the encrypted part of an ESP payload must have (the block size, or 4 for NULL). */
    public int alignment() {
        return alignment;
    }

    /** Returns the length of the explicit IV carried in each ESP packet. */
    public int ivLength() {
        return ivLength;
    }

    /**
     * Returns the ESP confidentiality algorithm with this identifier.
     *
     * @throws RuleViolation ADD-ALG-003 for RESERVED (2) and any value of {@code OFFLOAD_IPSEC_CONF_MAX} (4) or more
     */
    public static ConfAlgorithm fromIdentifier(int identifier) {
        for (ConfAlgorithm algorithm : VALUES) {
            if (algorithm.identifier == identifier) {
                return algorithm;
            }
        }
        throw RuleViolation.invalidData("ADD-ALG-003", "ConfAlgo.algoIdentifier " + Integer.toUnsignedString(identifier)
                + "; must be NONE (0), DES (1) or 3_DES (3)");
    }
}
