package io.sakit.reports.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The public key a certificate is signed with: the algorithm ({@value #ED25519}), the 32 raw key bytes in
 * lower-case hexadecimal, and its fingerprint {@code SHA256:} followed by the SHA-256 of the raw bytes in
 * lower-case hexadecimal.
 */
public record SigningKey(String algorithm, String key, String fingerprint) {

    /** The only algorithm of format version 1. */
    public static final String ED25519 = "Ed25519";

    /** Requires Ed25519, a 32-byte key, and the fingerprint of that key. */
    public SigningKey {
        if (!ED25519.equals(algorithm)) {
            throw new IllegalArgumentException("key algorithm '" + algorithm + "' is not " + ED25519);
        }
        Hex.require(key, 32, "public key");
        if (!fingerprintOf(HexFormat.of().parseHex(key)).equals(fingerprint)) {
            throw new IllegalArgumentException("fingerprint " + fingerprint + " is not that of the public key");
        }
    }

    /** Returns the key and fingerprint of the raw public key {@code raw}. */
    public static SigningKey of(byte[] raw) {
        return new SigningKey(ED25519, HexFormat.of().formatHex(raw), fingerprintOf(raw));
    }

    /** Returns the fingerprint of the raw public key {@code raw}: {@code SHA256:} and the hexadecimal digest. */
    public static String fingerprintOf(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            return "SHA256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Returns the raw key bytes. */
    public byte[] raw() {
        return HexFormat.of().parseHex(key);
    }
}
