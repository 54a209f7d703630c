package io.sakit.reports.certificate;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys in PEM files that OpenSSL also reads: a private key as PKCS#8 ({@code BEGIN PRIVATE KEY}),
 * a public key as SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}). For Ed25519 both DER forms are a fixed
 * prefix (RFC 8410) followed by the 32 raw key bytes.
 */
final class KeyPem {

    private static final byte[] PRIVATE_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] PUBLIC_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private KeyPem() {
    }

    static String privateKey(byte[] raw) {
        return pem(PRIVATE, concat(PRIVATE_PREFIX, raw));
    }

    static String publicKey(byte[] raw) {
        return pem(PUBLIC, concat(PUBLIC_PREFIX, raw));
    }

    /** Returns the 32 raw bytes of a private key file's text; throws IllegalArgumentException for anything else. */
    static byte[] parsePrivate(String text) {
        return raw(text, PRIVATE, PRIVATE_PREFIX);
    }

    /** Returns the 32 raw bytes of a public key file's text; throws IllegalArgumentException for anything else. */
    static byte[] parsePublic(String text) {
        return raw(text, PUBLIC, PUBLIC_PREFIX);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] raw(String text, String type, byte[] prefix) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM " + type.toLowerCase(java.util.Locale.ROOT));
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        if (der.length != prefix.length + 32 || !Arrays.equals(Arrays.copyOf(der, prefix.length), prefix)) {
            throw new IllegalArgumentException("not an Ed25519 " + type.toLowerCase(java.util.Locale.ROOT));
        }
        return Arrays.copyOfRange(der, prefix.length, der.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
