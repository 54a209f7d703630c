package io.sakit.spec.model;

/**
 * The seven-field filter of an SA (SrcAddr, SrcMask, DestAddr, DestMask, Protocol, SrcPort, DestPort)
 * and its matching rule (SPEC.md section 7, decisions A7 and A8).
 *
 * <p>Addresses and masks are network-order {@code int}s (see {@link Ipv4}); ports are 0..65535 in host
 * numbering (port 4500 is 4500, stored on the wire as bytes 11 94). Zero means "not used" for every field.
 */
public record Filter(int sourceAddress, int sourceMask, int destinationAddress, int destinationMask, int protocol, int sourcePort,
        int destinationPort) {

    /** IP protocol number of TCP. */
    public static final int TCP = 6;
    /** IP protocol number of UDP. */
    public static final int UDP = 17;
    /** The filter whose every field is zero: it matches every packet. */
    public static final Filter ANY = new Filter(0, 0, 0, 0, 0, 0, 0);

    /**
     * Enforces the filter rules.
     *
     * @throws RuleViolation FLT-VAL-001 for a protocol above 255, FLT-VAL-002 for a non-contiguous mask,
     *     FLT-VAL-003 for a port on a protocol other than 0, TCP or UDP
     */
    public Filter {
        if (protocol < 0 || protocol > 255) {
            throw RuleViolation.invalidData("FLT-VAL-001", "Protocol " + Integer.toUnsignedString(protocol) + "; must be 0..255");
        }
        if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0 || destinationPort > 0xFFFF) {
            throw new IllegalArgumentException("ports must be 0..65535");
        }
        if ((sourcePort != 0 || destinationPort != 0) && protocol != 0 && !FlowKey.hasPorts(protocol)) {
            throw RuleViolation.invalidData("FLT-VAL-003", "a port is set with Protocol " + protocol + "; ports need Protocol 0, 6 or 17");
        }
        requireContiguous(sourceMask, "SrcMask");
        requireContiguous(destinationMask, "DestMask");
    }

    private static void requireContiguous(int mask, String field) {
        if (!Ipv4.isContiguous(mask)) {
            throw RuleViolation.invalidData("FLT-VAL-002", field + " " + Ipv4.format(mask) + " is not a subnet mask (ones then zeros)");
        }
    }

    /** Returns whether a packet with these header fields passes the filter. */
    public boolean matches(FlowKey flow) {
        return addressMatches(sourceAddress, sourceMask, flow.source())
                && addressMatches(destinationAddress, destinationMask, flow.destination())
                && (protocol == 0 || protocol == flow.protocol())
                && portsMatch(flow);
    }

    private boolean portsMatch(FlowKey flow) {
        if (!FlowKey.hasPorts(flow.protocol())) {
            return true;
        }
        return (sourcePort == 0 || sourcePort == flow.sourcePort()) && (destinationPort == 0 || destinationPort == flow.destinationPort());
    }

    /**
     * Returns whether {@code packetAddress} matches a filter address: a zero address matches anything, a
     * zero mask with a non-zero address means an exact match, otherwise the masked values must be equal.
     */
    public static boolean addressMatches(int address, int mask, int packetAddress) {
        if (address == 0) {
            return true;
        }
        int effective = effectiveMask(mask);
        return (packetAddress & effective) == (address & effective);
    }

    /** Returns the mask a comparison uses: the mask itself, or all ones when the mask is zero (decision A8). */
    public static int effectiveMask(int mask) {
        return mask == 0 ? -1 : mask;
    }

    @Override
    public String toString() {
        return "Filter[" + side(sourceAddress, sourceMask, sourcePort) + " -> " + side(destinationAddress, destinationMask, destinationPort)
                + " proto " + (protocol == 0 ? "any" : Integer.toString(protocol)) + "]";
    }

    private static String side(int address, int mask, int port) {
        String host = address == 0 ? "any" : Ipv4.format(address) + "/" + Ipv4.format(mask);
        return host + (port == 0 ? "" : ":" + port);
    }
}
