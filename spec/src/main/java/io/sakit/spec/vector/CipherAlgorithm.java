package io.sakit.spec.vector;

import java.util.Arrays;
import java.util.Optional;

/** The block cipher modes of the cipher known-answer file, with their JCA transformations and key lengths. */
public enum CipherAlgorithm {
    /** DES in CBC mode (RFC 2405), 8-byte key, 8-byte IV. */
    DES_CBC("DES-CBC", "DES/CBC/NoPadding", 8, true),
    /** DES in ECB mode: one block at a time. */
    DES_ECB("DES-ECB", "DES/ECB/NoPadding", 8, false),
    /** 3DES-EDE in ECB mode, 24-byte key K1 ‖ K2 ‖ K3. */
    TRIPLE_DES_ECB("3DES-ECB", "DESede/ECB/NoPadding", 24, false),
    /** 3DES-EDE in CBC mode (RFC 2451), 24-byte key, 8-byte IV. */
    TRIPLE_DES_CBC("3DES-CBC", "DESede/CBC/NoPadding", 24, true);

    /** The DES block size, which is also the IV length. */
    public static final int BLOCK_SIZE = 8;

    private final String token;
    private final String transformation;
    private final int keyLength;
    private final boolean chained;

    CipherAlgorithm(String token, String transformation, int keyLength, boolean chained) {
        this.token = token;
        this.transformation = transformation;
        this.keyLength = keyLength;
        this.chained = chained;
    }

    /** Returns the name used in vector files. */
    public String token() {
        return token;
    }

    /** Returns the JCA {@code Cipher} transformation. */
    public String transformation() {
        return transformation;
    }

    /** Returns the key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Returns whether the mode is CBC, so that tests carry an IV. */
    public boolean hasIv() {
        return chained;
    }

    /** Returns the JCA key algorithm name: {@code DES} or {@code DESede}. */
    public String keyAlgorithm() {
        return transformation.substring(0, transformation.indexOf('/'));
    }

    /** Returns the algorithm named {@code token} in vector files, or empty. */
    public static Optional<CipherAlgorithm> of(String token) {
        return Arrays.stream(values()).filter(a -> a.token.equals(token)).findFirst();
    }
}
