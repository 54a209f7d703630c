package io.sakit.spec.capability;

/**
 * The IPv4ESP member of NDIS_IPSEC_OFFLOAD_V1: which ESP confidentiality algorithms, modes and directions
 * are offloaded. {@code reserved} must be false; v1 has no ESP integrity bits (HMAC-MD5-96 and
 * HMAC-SHA-1-96 come with ESP).
 */
public record EspSupport(boolean des, boolean reserved, boolean tripleDes, boolean nullEsp, boolean transport, boolean tunnel, boolean send,
        boolean receive) {

    /** No ESP offload at all. */
    public static final EspSupport NONE = new EspSupport(false, false, false, false, false, false, false, false);
    /** Every ESP feature (Reserved clear). */
    public static final EspSupport ALL = new EspSupport(true, false, true, true, true, true, true, true);

    /** Returns whether any ESP feature is advertised. */
    public boolean any() {
        return des || reserved || tripleDes || nullEsp || transport || tunnel || send || receive;
    }
}
