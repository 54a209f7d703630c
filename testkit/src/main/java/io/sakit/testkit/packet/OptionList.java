package io.sakit.testkit.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the options area of an IPv4 header (bytes h+20 to h+4·IHL) into the extents of its options, with
 * the rules of SPEC.md 9.3 and decision K13: End of Option List covers the rest of the area; every type other
 * than 0 and 1 has a length byte; a missing length byte, a length below 2 or an option running past the
 * area makes the list malformed.
 */
public final class OptionList {

    private OptionList() {
    }

    /** One option in a header: where it is, how long, its type, and whether the AH ICV zeroes it. */
    public record Extent(int offset, int length, int type) {
        /** Returns whether this option is mutable and zeroed in full for the AH ICV (SPEC.md 9.3). */
        public boolean mutable() {
            return !Ipv4Option.isImmutable(type);
        }
    }

    /**
     * Returns the extents of the options of the IPv4 header at {@code header}, or empty when the list is
     * malformed; the caller guarantees that the whole header lies in {@code bytes}.
     */
    public static Optional<List<Extent>> parse(byte[] bytes, int header) {
        return parse(bytes, header, header + 4 * (Wire.u8(bytes, header) & 0x0F));
    }

    /** Returns the extents of the options of the IPv4 header from {@code header} to {@code end}, or empty when malformed. */
    public static Optional<List<Extent>> parse(byte[] bytes, int header, int end) {
        List<Extent> extents = new ArrayList<>();
        int offset = header + Ipv4Rules.MIN_HEADER_LENGTH;
        while (offset < end) {
            int type = Wire.u8(bytes, offset);
            int length = extentLength(bytes, offset, end, type);
            if (length < 0) {
                return Optional.empty();
            }
            extents.add(new Extent(offset, length, type));
            offset += length;
        }
        return Optional.of(List.copyOf(extents));
    }

    private static int extentLength(byte[] bytes, int offset, int end, int type) {
        if (type == Ipv4Option.END_OF_LIST) {
            return end - offset;
        }
        if (type == Ipv4Option.NO_OPERATION) {
            return 1;
        }
        if (offset + 1 >= end) {
            return -1;
        }
        int length = Wire.u8(bytes, offset + 1);
        return length < 2 || offset + length > end ? -1 : length;
    }
}
