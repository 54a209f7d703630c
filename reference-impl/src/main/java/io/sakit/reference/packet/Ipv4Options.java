package io.sakit.reference.packet;

import java.util.Arrays;

/**
 * The IPv4 option list between h + 20 and h + 4·IHL: its parsing and the classification of each option
 * as mutable or immutable for the AH ICV (SPEC.md 9.3, RFC 2402 Appendix A, decision K13).
 */
public final class Ipv4Options {

    /** End of Option List: this byte and the rest of the options area, immutable. */
    public static final int END_OF_LIST = 0;
    /** No Operation: one byte, immutable. */
    public static final int NO_OPERATION = 1;

    private Ipv4Options() {
    }

    /**
     * Returns the extent of the option at {@code pos} of the area ending at {@code end}: the rest of the area
     * for End of Option List, 1 for No Operation, otherwise its length byte; -1 when the option is malformed
     * (length byte missing, length below 2, or the option running past {@code end}).
     */
    public static int extent(byte[] b, int pos, int end) {
        int type = b[pos] & 0xFF;
        if (type == END_OF_LIST) {
            return end - pos;
        }
        if (type == NO_OPERATION) {
            return 1;
        }
        if (pos + 1 >= end) {
            return -1;
        }
        int length = b[pos + 1] & 0xFF;
        return length < 2 || length > end - pos ? -1 : length;
    }

    /** Returns whether the options in [start, end) parse as a sequence of well-formed options (SPEC.md 9.3). */
    public static boolean isWellFormed(byte[] b, int start, int end) {
        int pos = start;
        while (pos < end) {
            int extent = extent(b, pos, end);
            if (extent < 0) {
                return false;
            }
            pos += extent;
        }
        return true;
    }

    /**
     * Returns whether an option of {@code type} is mutable and so zeroed in full for the AH ICV: every type
     * except End of Option List (0), No Operation (1), Security (130), Extended Security (133), Commercial
     * Security (134), Router Alert (148) and Sender Directed Multi-Destination Delivery (149).
     */
    public static boolean isMutable(int type) {
        return switch (type) {
            case END_OF_LIST, NO_OPERATION, 130, 133, 134, 148, 149 -> false;
            default -> true;
        };
    }

    /** Sets every byte of every mutable option in the well-formed option list [start, end) of {@code b} to zero. */
    public static void zeroMutable(byte[] b, int start, int end) {
        int pos = start;
        while (pos < end) {
            int extent = extent(b, pos, end);
            if (isMutable(b[pos] & 0xFF)) {
                Arrays.fill(b, pos, pos + extent, (byte) 0);
            }
            pos += extent;
        }
    }
}
