package io.sakit.spec.codec;

import io.sakit.spec.profile.Abi;

/**
 * Reads and writes the integer fields of NDIS structures: little-endian for host integers, big-endian
 * (network order) for addresses, masks, ports and SPIs (decision A6).
 */
public final class Bytes {

    private Bytes() {
    }

    /** Reads an unsigned little-endian 16-bit value. */
    public static int u16le(byte[] buffer, int offset) {
        return (buffer[offset] & 0xFF) | (buffer[offset + 1] & 0xFF) << 8;
    }

    /** Reads a little-endian 32-bit value. */
    public static int u32le(byte[] buffer, int offset) {
        return (buffer[offset] & 0xFF) | (buffer[offset + 1] & 0xFF) << 8 | (buffer[offset + 2] & 0xFF) << 16 | (buffer[offset + 3] & 0xFF) << 24;
    }

    /** Reads an unsigned big-endian 16-bit value. */
    public static int u16be(byte[] buffer, int offset) {
        return (buffer[offset] & 0xFF) << 8 | (buffer[offset + 1] & 0xFF);
    }

    /** Reads a big-endian 32-bit value. */
    public static int u32be(byte[] buffer, int offset) {
        return (buffer[offset] & 0xFF) << 24 | (buffer[offset + 1] & 0xFF) << 16 | (buffer[offset + 2] & 0xFF) << 8 | (buffer[offset + 3] & 0xFF);
    }

    /** Reads a {@code HANDLE}: 4 or 8 little-endian bytes depending on the ABI. */
    public static long handle(byte[] buffer, int offset, Abi abi) {
        long low = u32le(buffer, offset) & 0xFFFF_FFFFL;
        return abi.handleSize() == 4 ? low : low | ((long) u32le(buffer, offset + 4)) << 32;
    }

    /** Writes the low 16 bits of {@code value} little-endian. */
    public static void put16le(byte[] buffer, int offset, int value) {
        buffer[offset] = (byte) value;
        buffer[offset + 1] = (byte) (value >>> 8);
    }

    /** Writes {@code value} little-endian. */
    public static void put32le(byte[] buffer, int offset, int value) {
        buffer[offset] = (byte) value;
        buffer[offset + 1] = (byte) (value >>> 8);
        buffer[offset + 2] = (byte) (value >>> 16);
        buffer[offset + 3] = (byte) (value >>> 24);
    }

    /** Writes the low 16 bits of {@code value} big-endian. */
    public static void put16be(byte[] buffer, int offset, int value) {
        buffer[offset] = (byte) (value >>> 8);
        buffer[offset + 1] = (byte) value;
    }

    /** Writes {@code value} big-endian. */
    public static void put32be(byte[] buffer, int offset, int value) {
        buffer[offset] = (byte) (value >>> 24);
        buffer[offset + 1] = (byte) (value >>> 16);
        buffer[offset + 2] = (byte) (value >>> 8);
        buffer[offset + 3] = (byte) value;
    }

    /** Writes a {@code HANDLE} for the ABI; on x86 only the low 32 bits are kept. */
    public static void putHandle(byte[] buffer, int offset, Abi abi, long handle) {
        put32le(buffer, offset, (int) handle);
        if (abi.handleSize() == 8) {
            put32le(buffer, offset + 4, (int) (handle >>> 32));
        }
    }
}
