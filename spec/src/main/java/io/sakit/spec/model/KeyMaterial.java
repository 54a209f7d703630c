package io.sakit.spec.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.security.auth.Destroyable;

/**
 * Secret key bytes that never reach a log, a message or a report.
 *
 * <p>{@link #toString()} shows only the length; {@link #fingerprint()} gives a short one-way digest for
 * dumps and diffs. Equality is by content, compared in constant time. {@link #destroy()} overwrites the
 * bytes with zeros; a destroyed key refuses to be read.
 */
public final class KeyMaterial implements Destroyable {

    private static final KeyMaterial EMPTY = new KeyMaterial(new byte[0]);

    private final byte[] bytes;
    private volatile boolean destroyed;

    private KeyMaterial(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Returns key material holding a copy of {@code bytes}. */
    public static KeyMaterial copyOf(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new KeyMaterial(bytes.clone());
    }

    /** Returns key material holding a copy of {@code length} bytes of {@code source} from {@code offset}. */
    public static KeyMaterial copyOfRange(byte[] source, int offset, int length) {
        return length == 0 ? EMPTY : new KeyMaterial(Arrays.copyOfRange(source, offset, offset + length));
    }

    /** Returns the empty key of algorithms that take none. */
    public static KeyMaterial empty() {
        return EMPTY;
    }

    /** Returns the key length in bytes. */
    public int length() {
        return bytes.length;
    }

    /** Returns a copy of the key bytes; the caller owns the copy and should wipe it after use. */
    public byte[] copy() {
        requireLive();
        return bytes.clone();
    }

    /** Copies the key bytes into {@code target} at {@code offset}. */
    public void copyInto(byte[] target, int offset) {
        requireLive();
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    /** Returns the byte at {@code index}; for rule checks that must not copy the key. */
    public int byteAt(int index) {
        requireLive();
        return bytes[index] & 0xFF;
    }

    /** Returns the first 8 bytes of SHA-256 over the key, in hexadecimal: enough to tell keys apart, useless to recover one. */
    public String fingerprint() {
        requireLive();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Overwrites the key bytes with zeros; the key can no longer be read. */
    @Override
    public void destroy() {
        if (this != EMPTY) {
            Arrays.fill(bytes, (byte) 0);
            destroyed = true;
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("key material was destroyed");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyMaterial that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "KeyMaterial[" + bytes.length + " bytes, redacted]";
    }
}
