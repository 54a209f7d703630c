package io.sakit.spec.vector;

import java.util.Arrays;
import java.util.Optional;

/** The integrity algorithms of the MAC known-answer file, with their JCA names and full digest lengths. */
public enum MacAlgorithm {
    /** HMAC-MD5-96 (RFC 2403): 16-byte digest truncated to 12. */
    HMAC_MD5_96("HMAC-MD5-96", "HmacMD5", 16),
    /** HMAC-SHA-1-96 (RFC 2404): 20-byte digest truncated to 12. */
    HMAC_SHA1_96("HMAC-SHA1-96", "HmacSHA1", 20);

    /** The length of the truncated tag: {@code TRUNCATED_HASH_LEN}. */
    public static final int TAG_LENGTH = 12;

    private final String token;
    private final String jcaName;
    private final int digestLength;

    MacAlgorithm(String token, String jcaName, int digestLength) {
        this.token = token;
        this.jcaName = jcaName;
        this.digestLength = digestLength;
    }

    /** Returns the name used in vector files. */
    public String token() {
        return token;
    }

    /** Returns the JCA {@code Mac} algorithm name. */
    public String jcaName() {
        return jcaName;
    }

    /** Returns the length of the untruncated digest. */
    public int digestLength() {
        return digestLength;
    }

    /** Returns the algorithm named {@code token} in vector files, or empty. */
    public static Optional<MacAlgorithm> of(String token) {
        return Arrays.stream(values()).filter(a -> a.token.equals(token)).findFirst();
    }
}
