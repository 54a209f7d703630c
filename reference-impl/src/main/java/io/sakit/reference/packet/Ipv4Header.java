package io.sakit.reference.packet;

import io.sakit.spec.codec.Bytes;

/**
 * The IPv4 header at offset {@code h} of a packet, read in place (SPEC.md 9.1).
 *
 * <p>Only {@link #isWellFormed} checks bounds; every other method requires a header that is well-formed
 * for its span, or at least 20 bytes at {@code h}.
 */
public final class Ipv4Header {

    /** The length of an IPv4 header without options. */
    public static final int MIN_LENGTH = 20;
    /** IP protocol number of IPv4 itself: the Next Header of a tunnel's protected payload. */
    public static final int PROTOCOL_IPV4 = 4;
    /** IP protocol number of UDP. */
    public static final int PROTOCOL_UDP = 17;
    /** IP protocol number of ESP. */
    public static final int PROTOCOL_ESP = 50;
    /** IP protocol number of AH. */
    public static final int PROTOCOL_AH = 51;

    private static final int MORE_FRAGMENTS = 0x2000;
    private static final int FRAGMENT_OFFSET = 0x1FFF;

    private Ipv4Header() {
    }

    /**
     * Returns whether the header at {@code h} is well-formed for the span [h, e) (SPEC.md 9.1): at least 20
     * bytes, version 4, IHL at least 5, the header inside the span, Total Length equal to e − h, and a
     * well-formed option list (9.3).
     */
    public static boolean isWellFormed(byte[] b, int h, int e) {
        if (h < 0 || e > b.length || e - h < MIN_LENGTH || (b[h] & 0xF0) != 0x40) {
            return false;
        }
        int end = payloadOffset(b, h);
        if (end - h < MIN_LENGTH || end > e || totalLength(b, h) != e - h) {
            return false;
        }
        return Ipv4Options.isWellFormed(b, h + MIN_LENGTH, end);
    }

    /**
     * Returns whether the header may be processed (SPEC.md 10.2 rule 1, 11.2 items 1 to 3, 11.6): well-formed
     * for [h, e), not a fragment, and without options unless {@code optionsAllowed} (Supported.IPv4Options).
     */
    public static boolean isProcessable(byte[] b, int h, int e, boolean optionsAllowed) {
        return isWellFormed(b, h, e) && !isFragment(b, h) && (optionsAllowed || !hasOptions(b, h));
    }

    /** Returns whether MF is set or the Fragment Offset is non-zero (SPEC.md 9.1). */
    public static boolean isFragment(byte[] b, int h) {
        return (Bytes.u16be(b, h + 6) & (MORE_FRAGMENTS | FRAGMENT_OFFSET)) != 0;
    }

    /** Returns whether the Fragment Offset is non-zero: such a datagram carries no upper-layer header (SPEC.md 8.3). */
    public static boolean hasFragmentOffset(byte[] b, int h) {
        return (Bytes.u16be(b, h + 6) & FRAGMENT_OFFSET) != 0;
    }

    /** Returns whether IHL is greater than 5. */
    public static boolean hasOptions(byte[] b, int h) {
        return (b[h] & 0x0F) > 5;
    }

    /** Returns the payload offset p = h + 4·IHL. */
    public static int payloadOffset(byte[] b, int h) {
        return h + 4 * (b[h] & 0x0F);
    }

    /** Returns the Total Length field. */
    public static int totalLength(byte[] b, int h) {
        return Bytes.u16be(b, h + 2);
    }

    /** Returns the Protocol field. */
    public static int protocol(byte[] b, int h) {
        return b[h + 9] & 0xFF;
    }

    /** Returns the source address as a network-order {@code int}. */
    public static int source(byte[] b, int h) {
        return Bytes.u32be(b, h + 12);
    }

    /** Returns the destination address as a network-order {@code int}. */
    public static int destination(byte[] b, int h) {
        return Bytes.u32be(b, h + 16);
    }
}
