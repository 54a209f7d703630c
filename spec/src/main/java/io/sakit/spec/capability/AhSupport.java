package io.sakit.spec.capability;

/** The IPv4AH member of NDIS_IPSEC_OFFLOAD_V1: which AH algorithms, modes and directions are offloaded. */
public record AhSupport(boolean md5, boolean sha1, boolean transport, boolean tunnel, boolean send, boolean receive) {

    /** No AH offload at all. */
    public static final AhSupport NONE = new AhSupport(false, false, false, false, false, false);
    /** Every AH feature. */
    public static final AhSupport ALL = new AhSupport(true, true, true, true, true, true);

    /** Returns whether any AH feature is advertised. */
    public boolean any() {
        return md5 || sha1 || transport || tunnel || send || receive;
    }
}
