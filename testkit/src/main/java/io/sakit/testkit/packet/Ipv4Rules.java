package io.sakit.testkit.packet;

/**
 * The IPv4 header rules of SPEC.md 9.1, read from bytes: for a header at offset h of a span ending at e.
 *
 * <p>Methods other than {@link #wellFormed} assume a header that is well-formed for its span.
 */
public final class Ipv4Rules {

    /** The length of an IPv4 header without options. */
    public static final int MIN_HEADER_LENGTH = 20;
    /** The More Fragments flag in the word at h+6. */
    public static final int MORE_FRAGMENTS = 0x2000;
    /** The Don't Fragment flag in the word at h+6. */
    public static final int DONT_FRAGMENT = 0x4000;
    /** The Fragment Offset bits in the word at h+6. */
    public static final int FRAGMENT_OFFSET = 0x1FFF;

    private Ipv4Rules() {
    }

    /**
     * Returns whether the bytes from {@code h} to {@code e} start with a well-formed IPv4 header: at least 20
     * bytes, version 4, IHL at least 5, the header inside the span, Total Length equal to e − h, and a
     * well-formed option list when IHL is above 5 (SPEC.md 9.1).
     */
    public static boolean wellFormed(byte[] bytes, int h, int e) {
        if (h < 0 || e > bytes.length || e - h < MIN_HEADER_LENGTH) {
            return false;
        }
        int version = Wire.u8(bytes, h) >>> 4;
        int ihl = Wire.u8(bytes, h) & 0x0F;
        if (version != 4 || ihl < 5 || h + 4 * ihl > e || Wire.u16(bytes, h + 2) != e - h) {
            return false;
        }
        return ihl == 5 || OptionList.parse(bytes, h).isPresent();
    }

    /** Returns the header length 4·IHL. */
    public static int headerLength(byte[] bytes, int h) {
        return 4 * (Wire.u8(bytes, h) & 0x0F);
    }

    /** Returns the payload offset p = h + 4·IHL. */
    public static int payloadOffset(byte[] bytes, int h) {
        return h + headerLength(bytes, h);
    }

    /** Returns whether MF is set or the Fragment Offset is non-zero. */
    public static boolean isFragment(byte[] bytes, int h) {
        return (Wire.u16(bytes, h + 6) & (MORE_FRAGMENTS | FRAGMENT_OFFSET)) != 0;
    }

    /** Returns whether the Fragment Offset is non-zero: such a datagram carries no upper-layer header (SPEC.md 8.3). */
    public static boolean hasFragmentOffset(byte[] bytes, int h) {
        return (Wire.u16(bytes, h + 6) & FRAGMENT_OFFSET) != 0;
    }

    /** Returns whether the header carries options (IHL above 5). */
    public static boolean hasOptions(byte[] bytes, int h) {
        return headerLength(bytes, h) > MIN_HEADER_LENGTH;
    }

    /** Returns the Total Length field. */
    public static int totalLength(byte[] bytes, int h) {
        return Wire.u16(bytes, h + 2);
    }

    /** Returns the Protocol field. */
    public static int protocol(byte[] bytes, int h) {
        return Wire.u8(bytes, h + 9);
    }

    /** Returns the source address. */
    public static int source(byte[] bytes, int h) {
        return Wire.u32(bytes, h + 12);
    }

    /** Returns the destination address. */
    public static int destination(byte[] bytes, int h) {
        return Wire.u32(bytes, h + 16);
    }
}
