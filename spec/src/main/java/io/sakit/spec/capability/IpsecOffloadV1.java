package io.sakit.spec.capability;

import java.util.Objects;

/**
 * NDIS_IPSEC_OFFLOAD_V1 (NDIS 6.0): the IPsec version 1 capabilities a miniport reports.
 *
 * <p>{@code encapsulation} holds the NDIS_ENCAPSULATION_* bits; {@code udpEspFlags} holds Supported.Flags,
 * the IPSEC_*_UDPESP_ENCAPTYPE_* bits.
 */
public record IpsecOffloadV1(int encapsulation, boolean ahEspCombined, boolean transportTunnelCombined, boolean ipv4Options, int udpEspFlags,
        AhSupport ah, EspSupport esp) {

    /** NDIS_ENCAPSULATION_IEEE_802_3: every miniport must provide Ethernet encapsulation. */
    public static final int ENCAPSULATION_IEEE_802_3 = 0x2;
    /** IPSEC_TPT_UDPESP_ENCAPTYPE_OTHER: UDP-encapsulated transport. */
    public static final int UDPESP_TRANSPORT = 0x10;
    /** IPSEC_TUN_UDPESP_ENCAPTYPE_OTHER: UDP-encapsulated tunnel. */
    public static final int UDPESP_TUNNEL = 0x20;
    /** IPSEC_TPTOVERTUN_UDPESP_ENCAPTYPE_OTHER: transport over a UDP-encapsulated tunnel. */
    public static final int UDPESP_TRANSPORT_OVER_TUNNEL = 0x40;
    /** IPSEC_TPT_UDPESP_OVER_PURE_TUN_ENCAPTYPE_OTHER: UDP-encapsulated transport over a tunnel. */
    public static final int UDPESP_TRANSPORT_OVER_PURE_TUNNEL = 0x80;
    /** The IKE encapsulation-type flags 0x1..0x8, reserved for internal use. */
    public static final int UDPESP_RESERVED_IKE = 0x0F;

    /** Every feature of version 1, UDP-ESP included: what the reference implementation advertises by default. */
    public static final IpsecOffloadV1 EVERYTHING = new IpsecOffloadV1(ENCAPSULATION_IEEE_802_3, true, true, true,
            UDPESP_TRANSPORT | UDPESP_TUNNEL | UDPESP_TRANSPORT_OVER_TUNNEL | UDPESP_TRANSPORT_OVER_PURE_TUNNEL, AhSupport.ALL, EspSupport.ALL);

    /** Requires both protocol members. */
    public IpsecOffloadV1 {
        Objects.requireNonNull(ah, "ah");
        Objects.requireNonNull(esp, "esp");
    }

    /** Returns whether any UDP-ESP encapsulation subtype is advertised. */
    public boolean udpEsp() {
        return (udpEspFlags & (UDPESP_TRANSPORT | UDPESP_TUNNEL | UDPESP_TRANSPORT_OVER_TUNNEL | UDPESP_TRANSPORT_OVER_PURE_TUNNEL)) != 0;
    }

    /** Returns a copy with different AH support. */
    public IpsecOffloadV1 withAh(AhSupport newAh) {
        return new IpsecOffloadV1(encapsulation, ahEspCombined, transportTunnelCombined, ipv4Options, udpEspFlags, newAh, esp);
    }

    /** Returns a copy with different ESP support. */
    public IpsecOffloadV1 withEsp(EspSupport newEsp) {
        return new IpsecOffloadV1(encapsulation, ahEspCombined, transportTunnelCombined, ipv4Options, udpEspFlags, ah, newEsp);
    }

    /** Returns a copy with different Supported members. */
    public IpsecOffloadV1 withSupported(boolean newAhEspCombined, boolean newTransportTunnelCombined, boolean newIpv4Options, int newUdpEspFlags) {
        return new IpsecOffloadV1(encapsulation, newAhEspCombined, newTransportTunnelCombined, newIpv4Options, newUdpEspFlags, ah, esp);
    }
}
