package io.sakit.testkit.packet;

import java.util.Objects;

/**
 * One IPv4 option to put in a header: its type byte and, for every type other than End of Option List (0)
 * and No Operation (1), the data that follows the length byte (SPEC.md 9.3).
 *
 * <p>Whether the AH ICV zeroes it follows the option table of SPEC.md 9.3 ({@link #mutable()}).
 */
public record Ipv4Option(int type, Octets data) {

    /** Type of End of Option List. */
    public static final int END_OF_LIST = 0;
    /** Type of No Operation. */
    public static final int NO_OPERATION = 1;
    /** Type of Record Route (mutable). */
    public static final int RECORD_ROUTE = 7;
    /** Type of Timestamp (mutable). */
    public static final int TIMESTAMP = 68;
    /** Type of Security (immutable). */
    public static final int SECURITY = 130;
    /** Type of Loose Source and Record Route (mutable). */
    public static final int LOOSE_SOURCE_ROUTE = 131;
    /** Type of Router Alert (immutable). */
    public static final int ROUTER_ALERT = 148;

    /** Requires a type 0..255, no data for types 0 and 1, and at most 38 data bytes otherwise. */
    public Ipv4Option {
        Objects.requireNonNull(data, "data");
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("option type " + type + " out of range 0..255");
        }
        if (isSingleByte(type) && data.length() != 0) {
            throw new IllegalArgumentException("option type " + type + " is a single byte and carries no data");
        }
        if (data.length() > 38) {
            throw new IllegalArgumentException("option data of " + data.length() + " bytes; an options area holds at most 40 bytes");
        }
    }

    /** Returns the No Operation option. */
    public static Ipv4Option noOperation() {
        return new Ipv4Option(NO_OPERATION, Octets.zeros(0));
    }

    /** Returns the End of Option List option. */
    public static Ipv4Option endOfList() {
        return new Ipv4Option(END_OF_LIST, Octets.zeros(0));
    }

    /** Returns Router Alert with value 0, "examine packet" (RFC 2113): 4 bytes, immutable. */
    public static Ipv4Option routerAlert() {
        return new Ipv4Option(ROUTER_ALERT, Octets.zeros(2));
    }

    /** Returns Record Route with pointer 4 and {@code slots} empty address slots: 3 + 4·slots bytes, mutable. */
    public static Ipv4Option recordRoute(int slots) {
        byte[] data = new byte[1 + 4 * slots];
        data[0] = 4;
        return new Ipv4Option(RECORD_ROUTE, Octets.of(data));
    }

    /** Returns Timestamp (timestamps only) with pointer 5 and {@code slots} empty slots: 4 + 4·slots bytes, mutable. */
    public static Ipv4Option timestamp(int slots) {
        byte[] data = new byte[2 + 4 * slots];
        data[0] = 5;
        return new Ipv4Option(TIMESTAMP, Octets.of(data));
    }

    /** Returns Security (RFC 1108) with the given classification level and no protection authority: 3 bytes, immutable. */
    public static Ipv4Option security(int level) {
        return new Ipv4Option(SECURITY, Octets.of(new byte[] {(byte) level}));
    }

    /** Returns whether options of {@code type} are one byte long with no length byte: types 0 and 1. */
    public static boolean isSingleByte(int type) {
        return type == END_OF_LIST || type == NO_OPERATION;
    }

    /**
     * Returns whether options of {@code type} are immutable in the sense of the AH ICV: End of Option List, No
     * Operation, Security, Extended Security, Commercial Security, Router Alert and Sender Directed
     * Multi-Destination Delivery; every other type is mutable and zeroed in full (SPEC.md 9.3).
     */
    public static boolean isImmutable(int type) {
        return switch (type) {
            case 0, 1, 130, 133, 134, 148, 149 -> true;
            default -> false;
        };
    }

    /** Returns whether the AH ICV zeroes this option in full. */
    public boolean mutable() {
        return !isImmutable(type);
    }

    /** Returns the encoded length: 1 for types 0 and 1, otherwise type, length and data. */
    public int encodedLength() {
        return isSingleByte(type) ? 1 : 2 + data.length();
    }

    /** Writes the option at {@code offset} of {@code target}. */
    public void writeTo(byte[] target, int offset) {
        target[offset] = (byte) type;
        if (!isSingleByte(type)) {
            target[offset + 1] = (byte) encodedLength();
            data.copyInto(target, offset + 2);
        }
    }

    @Override
    public String toString() {
        String name = switch (type) {
            case END_OF_LIST -> "EOL";
            case NO_OPERATION -> "NOP";
            case RECORD_ROUTE -> "RR";
            case TIMESTAMP -> "TS";
            case SECURITY -> "SEC";
            case LOOSE_SOURCE_ROUTE -> "LSRR";
            case ROUTER_ALERT -> "RA";
            default -> "opt" + type;
        };
        return isSingleByte(type) ? name : name + "(len " + encodedLength() + ")";
    }
}
