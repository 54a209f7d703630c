package io.sakit.testkit.peer;

import io.sakit.spec.capability.IpsecOffloadV1;

/**
 * The advertised capabilities that change what the data path does with a packet (SPEC.md 7.8): whether IPv4
 * options are processed, and whether transport over tunnel is (10.1, 11.6).
 */
public record DataPathFeatures(boolean ipv4Options, boolean transportTunnelCombined) {

    /** Both features advertised. */
    public static final DataPathFeatures ALL = new DataPathFeatures(true, true);
    /** Neither feature advertised. */
    public static final DataPathFeatures NONE = new DataPathFeatures(false, false);

    /** Returns the features an NDIS_IPSEC_OFFLOAD_V1 advertisement gives. */
    public static DataPathFeatures of(IpsecOffloadV1 offload) {
        return new DataPathFeatures(offload.ipv4Options(), offload.transportTunnelCombined());
    }
}
