package io.sakit.testkit.packet;

/** The Internet checksum (RFC 791, RFC 1071): the ones' complement of the ones' complement sum of 16-bit words. */
public final class Checksum {

    private Checksum() {
    }

    /** Returns the checksum of {@code length} bytes from {@code offset}; an odd last byte is padded with zero. */
    public static int of(byte[] bytes, int offset, int length) {
        return finish(sum(0, bytes, offset, length));
    }

    /** Returns the checksum of a TCP or UDP segment with the IPv4 pseudo-header (addresses, protocol, length) in front. */
    public static int withPseudoHeader(int source, int destination, int protocol, byte[] segment) {
        long sum = sum(0, addressWords(source, destination), 0, 8);
        sum += protocol + segment.length;
        return finish(sum(sum, segment, 0, segment.length));
    }

    private static byte[] addressWords(int source, int destination) {
        byte[] words = new byte[8];
        Wire.put32(words, 0, source);
        Wire.put32(words, 4, destination);
        return words;
    }

    private static long sum(long start, byte[] bytes, int offset, int length) {
        long sum = start;
        for (int i = 0; i + 1 < length; i += 2) {
            sum += Wire.u16(bytes, offset + i);
        }
        if (length % 2 == 1) {
            sum += Wire.u8(bytes, offset + length - 1) << 8;
        }
        return sum;
    }

    private static int finish(long sum) {
        long folded = sum;
        while ((folded >>> 16) != 0) {
            folded = (folded & 0xFFFF) + (folded >>> 16);
        }
        return (int) (~folded & 0xFFFF);
    }
}
