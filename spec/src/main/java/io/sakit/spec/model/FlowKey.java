package io.sakit.spec.model;

/**
 * The header fields a filter is compared with: source and destination address, IP protocol and, for
 * TCP (6) and UDP (17), the ports (0 for any other protocol).
 */
public record FlowKey(int source, int destination, int protocol, int sourcePort, int destinationPort) {

    /** Requires a protocol 0..255 and ports 0..65535 that are zero unless the protocol is TCP or UDP. */
    public FlowKey {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol " + protocol + " out of range 0..255");
        }
        if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0 || destinationPort > 0xFFFF) {
            throw new IllegalArgumentException("ports must be 0..65535");
        }
        if (!hasPorts(protocol) && (sourcePort != 0 || destinationPort != 0)) {
            throw new IllegalArgumentException("protocol " + protocol + " carries no ports");
        }
    }

    /** Returns whether packets of {@code protocol} carry ports a filter can constrain: TCP and UDP only. */
    public static boolean hasPorts(int protocol) {
        return protocol == Filter.TCP || protocol == Filter.UDP;
    }

    @Override
    public String toString() {
        String ports = hasPorts(protocol) ? ":" + sourcePort + " -> " : " -> ";
        String destinationPortText = hasPorts(protocol) ? ":" + destinationPort : "";
        return Ipv4.format(source) + ports + Ipv4.format(destination) + destinationPortText + " proto " + protocol;
    }
}
