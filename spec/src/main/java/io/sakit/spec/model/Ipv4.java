package io.sakit.spec.model;

/**
 * IPv4 addresses and masks as {@code int} values holding the four network-order bytes (the first
 * byte on the wire in the most significant position), so {@code 10.1.2.3} is {@code 0x0A010203}.
 */
public final class Ipv4 {

    private Ipv4() {
    }

    /** Returns the dotted-quad form of an address or mask. */
    public static String format(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }

    /**
     * Parses a dotted-quad address.
     *
     * @throws IllegalArgumentException when the text is not four decimal numbers 0..255 separated by dots
     */
    public static int parse(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted-quad IPv4 address: '" + text + "'");
        }
        int address = 0;
        for (String part : parts) {
            address = (address << 8) | octet(part, text);
        }
        return address;
    }

    private static int octet(String part, String text) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a dotted-quad IPv4 address: '" + text + "'");
        }
        int value = Integer.parseInt(part);
        if (value > 255) {
            throw new IllegalArgumentException("octet " + value + " out of range 0..255 in '" + text + "'");
        }
        return value;
    }

    /** Returns whether {@code mask} is a subnet mask: ones followed only by zeros (0 and all-ones included). */
    public static boolean isContiguous(int mask) {
        int inverted = ~mask;
        return (inverted & (inverted + 1)) == 0;
    }
}
