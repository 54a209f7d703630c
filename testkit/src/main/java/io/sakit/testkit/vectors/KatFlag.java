package io.sakit.testkit.vectors;

import io.sakit.spec.vector.BugType;
import java.util.List;

/** The flags of hmac_kat.json and cipher_kat.json, each with its note. */
enum KatFlag implements Flag {
    RFC2202(BugType.KNOWN_ANSWER, "A test case of RFC 2202 (HMAC-MD5 and HMAC-SHA-1), truncated to 96 bits as RFC 2403 and RFC 2404 do.",
            "TX-AH-001", "RX-AH-001", "TX-ESP-001", "RX-ESP-001"),
    IPSEC_KEY_LENGTH(BugType.BASIC, "The key has the length an SA's algoKeylen requires (16 for MD5, 20 for SHA-1).", "ADD-KEY-001"),
    OTHER_KEY_LENGTH(BugType.EDGE_CASE, "The key is shorter or longer than an SA's key; the HMAC primitive still has one answer.", "TX-AH-001"),
    KEY_LONGER_THAN_BLOCK(BugType.EDGE_CASE, "The key is longer than the hash block (64 bytes) and is hashed first.", "TX-AH-001"),
    FIPS81(BugType.KNOWN_ANSWER, "The DES example of FIPS 81 (key 0123456789abcdef, \"Now is the time for all \").", "TX-ESP-001", "RX-ESP-001"),
    SP800_67(BugType.KNOWN_ANSWER, "The TDEA example of NIST SP 800-67 (\"The qufck brown fox jump\").", "TX-ESP-001", "RX-ESP-001"),
    COMPUTED(BugType.KNOWN_ANSWER, "Computed with the JDK's CBC mode and checked by chaining the JDK's ECB mode by hand (C_i = E(P_i XOR C_i-1)).",
            "TX-ESP-001", "RX-ESP-001"),
    PARITY_BITS_IGNORED(BugType.EDGE_CASE, "The key's parity bits are all wrong; the ciphertext equals that of the key with correct parity.",
            "ADD-KEY-006"),
    TWO_KEY_TRIPLE_DES(BugType.EDGE_CASE, "A 3DES key with K3 = K1 (two-key triple DES), which an SA may carry.", "ADD-KEY-004");

    private final BugType bugType;
    private final String description;
    private final List<String> requirements;

    KatFlag(BugType bugType, String description, String... requirements) {
        this.bugType = bugType;
        this.description = description;
        this.requirements = List.of(requirements);
    }

    @Override
    public BugType bugType() {
        return bugType;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> requirements() {
        return requirements;
    }
}
