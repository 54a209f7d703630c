package io.sakit.testkit.packet;

/** Reads and writes unsigned network-order (big-endian) fields of packet bytes (SPEC.md 2.4). */
public final class Wire {

    private Wire() {
    }

    /** Returns the unsigned byte at {@code offset}. */
    public static int u8(byte[] bytes, int offset) {
        return bytes[offset] & 0xFF;
    }

    /** Returns the unsigned big-endian 16-bit value at {@code offset}. */
    public static int u16(byte[] bytes, int offset) {
        return u8(bytes, offset) << 8 | u8(bytes, offset + 1);
    }

    /** Returns the big-endian 32-bit value at {@code offset}. */
    public static int u32(byte[] bytes, int offset) {
        return u16(bytes, offset) << 16 | u16(bytes, offset + 2);
    }

    /** Writes the low 16 bits of {@code value} big-endian at {@code offset}. */
    public static void put16(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 8);
        bytes[offset + 1] = (byte) value;
    }

    /** Writes {@code value} big-endian at {@code offset}. */
    public static void put32(byte[] bytes, int offset, int value) {
        put16(bytes, offset, value >>> 16);
        put16(bytes, offset + 2, value);
    }

    /** Returns whether {@code length} bytes from {@code offset} are all zero. */
    public static boolean allZero(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
