package io.sakit.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string, equal by content, shown in hexadecimal: the payload data of generated packets,
 * so that records holding it compare and print by value. Never used for key material.
 */
public final class Octets {

    private static final int SHOWN = 24;

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Returns the byte string holding a copy of {@code bytes}. */
    public static Octets of(byte[] bytes) {
        return new Octets(bytes.clone());
    }

    /** Returns the byte string written in hexadecimal pairs, spaces ignored. */
    public static Octets hex(String hex) {
        return new Octets(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** Returns the byte string of {@code length} zero bytes. */
    public static Octets zeros(int length) {
        return new Octets(new byte[length]);
    }

    /** Returns the number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** Returns a copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Copies the bytes into {@code target} at {@code offset}. */
    public void copyInto(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Octets that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Shows up to 24 bytes in hexadecimal and the length, e.g. {@code 0a0b… (40 bytes)}. */
    @Override
    public String toString() {
        String shown = HexFormat.of().formatHex(bytes, 0, Math.min(SHOWN, bytes.length));
        return bytes.length <= SHOWN ? "[" + shown + "]" : "[" + shown + "… (" + bytes.length + " bytes)]";
    }
}
