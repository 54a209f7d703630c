package io.sakit.spec.model;

/**
 * The tunnel endpoints of an SA (SrcTunnelAddr, DestTunnelAddr): both zero for a transport-mode SA,
 * both non-zero for a tunnel-mode SA (decision A9).
 */
public record Tunnel(int source, int destination) {

    /** The endpoints of every transport-mode SA. */
    public static final Tunnel NONE = new Tunnel(0, 0);

    /**
     * Requires both addresses zero or both non-zero.
     *
     * @throws RuleViolation ADD-TUN-001 when exactly one is zero
     */
    public Tunnel {
        if ((source == 0) != (destination == 0)) {
            throw RuleViolation.invalidData("ADD-TUN-001", "SrcTunnelAddr " + Ipv4.format(source) + " and DestTunnelAddr "
                    + Ipv4.format(destination) + "; must be both zero (transport) or both non-zero (tunnel)");
        }
    }

    /**
     * Returns the endpoints (source, destination): {@link #NONE} for transport mode, so decoding a transport
     * SA allocates nothing here.
     *
     * @throws RuleViolation ADD-TUN-001 when exactly one is zero
     */
    public static Tunnel of(int source, int destination) {
        return source == 0 && destination == 0 ? NONE : new Tunnel(source, destination);
    }

    /** Returns whether these are the endpoints of a tunnel-mode SA. */
    public boolean isTunnel() {
        return source != 0;
    }

    @Override
    public String toString() {
        return isTunnel() ? "Tunnel[" + Ipv4.format(source) + " -> " + Ipv4.format(destination) + "]" : "Transport";
    }
}
