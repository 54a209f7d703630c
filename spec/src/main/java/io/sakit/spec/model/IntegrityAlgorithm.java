package io.sakit.spec.model;

/** An integrity algorithm ({@code OFFLOAD_INTEGRITY_ALGO}), always used as HMAC truncated to 96 bits (decision A18). */
public enum IntegrityAlgorithm {
    /** {@code OFFLOAD_IPSEC_INTEGRITY_NONE} (0): no authentication; only for the ESP SA of a bundle. */
    NONE(0, 0),
    /** {@code OFFLOAD_IPSEC_INTEGRITY_MD5} (1): HMAC-MD5-96 (RFC 2403), 16-byte key. */
    MD5(1, 16),
    /** {@code OFFLOAD_IPSEC_INTEGRITY_SHA} (2): HMAC-SHA-1-96 (RFC 2404), 20-byte key. */
    SHA1(2, 20);

    /** The length of every ICV: {@code TRUNCATED_HASH_LEN}. */
    public static final int ICV_LENGTH = 12;

    private static final IntegrityAlgorithm[] VALUES = values();

    private final int identifier;
    private final int keyLength;

    IntegrityAlgorithm(int identifier, int keyLength) {
        this.identifier = identifier;
        this.keyLength = keyLength;
    }

    /** Returns the {@code algoIdentifier} value. */
    public int identifier() {
        return identifier;
    }

    /** Returns the exact {@code algoKeylen} this algorithm requires. */
    public int keyLength() {
        return keyLength;
    }

    /** Returns the number of ICV bytes this algorithm adds to a packet: 12, or 0 for NONE. */
    public int icvLength() {
        return this == NONE ? 0 : ICV_LENGTH;
    }

    /**
     * Returns the integrity algorithm of an AH SA: MD5 or SHA.
     *
     * @throws RuleViolation ADD-ALG-001 for NONE and for any undefined value
     */
    public static IntegrityAlgorithm forAh(int identifier) {
        if (identifier == MD5.identifier) {
            return MD5;
        }
        if (identifier == SHA1.identifier) {
            return SHA1;
        }
        throw RuleViolation.invalidData("ADD-ALG-001", "AH IntegrityAlgo.algoIdentifier " + Integer.toUnsignedString(identifier)
                + "; must be MD5 (1) or SHA (2)");
    }

    /**
     * Returns the integrity algorithm of an ESP SA: NONE, MD5 or SHA.
     *
     * @throws RuleViolation ADD-ALG-004 for any value of {@code OFFLOAD_IPSEC_INTEGRITY_MAX} (3) or more
     */
    public static IntegrityAlgorithm forEsp(int identifier) {
        for (IntegrityAlgorithm algorithm : VALUES) {
            if (algorithm.identifier == identifier) {
                return algorithm;
            }
        }
        throw RuleViolation.invalidData("ADD-ALG-004", "ESP IntegrityAlgo.algoIdentifier " + Integer.toUnsignedString(identifier)
                + "; must be NONE (0), MD5 (1) or SHA (2)");
    }
}
