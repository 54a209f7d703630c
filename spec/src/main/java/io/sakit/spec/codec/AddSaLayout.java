package io.sakit.spec.codec;

import io.sakit.spec.profile.Abi;

/**
 * Byte offsets of OFFLOAD_IPSEC_ADD_SA and OFFLOAD_IPSEC_ADD_UDPESP_SA (SPEC.md section 4; default MSVC
 * alignment, no packing). The two share every offset up to OffloadHandle at 168; what follows depends on
 * the structure and on {@code sizeof(HANDLE)}.
 */
public enum AddSaLayout {
    /** OFFLOAD_IPSEC_ADD_SA: OffloadHandle, KeyLen, KeyMat. */
    ADD_SA(0),
    /** OFFLOAD_IPSEC_ADD_UDPESP_SA: OffloadHandle, EncapTypeEntry (8), EncapTypeEntryOffldHandle, KeyLen, KeyMat. */
    ADD_UDPESP_SA(8);

    /** Offset of SrcAddr. */
    public static final int SRC_ADDR = 0;
    /** Offset of SrcMask. */
    public static final int SRC_MASK = 4;
    /** Offset of DestAddr (DstAddr in the UDP-ESP structure). */
    public static final int DEST_ADDR = 8;
    /** Offset of DestMask. */
    public static final int DEST_MASK = 12;
    /** Offset of Protocol. */
    public static final int PROTOCOL = 16;
    /** Offset of SrcPort. */
    public static final int SRC_PORT = 20;
    /** Offset of DestPort. */
    public static final int DEST_PORT = 22;
    /** Offset of SrcTunnelAddr. */
    public static final int SRC_TUNNEL_ADDR = 24;
    /** Offset of DestTunnelAddr. */
    public static final int DEST_TUNNEL_ADDR = 28;
    /** Offset of Flags. */
    public static final int FLAGS = 32;
    /** Offset of NumSAs. */
    public static final int NUM_SAS = 34;
    /** Offset of SecAssoc[0]. */
    public static final int SEC_ASSOC = 36;
    /** Number of SecAssoc entries ({@code OFFLOAD_MAX_SAS}). */
    public static final int MAX_SAS = 3;
    /** Offset of OffloadHandle. */
    public static final int OFFLOAD_HANDLE = 168;
    /** Size of OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY: UdpEncapType @0 (4), DstEncapPort @4 (2), 2 bytes padding. */
    public static final int ENCAP_ENTRY_SIZE = 8;

    private final int encapBytes;

    AddSaLayout(int encapBytes) {
        this.encapBytes = encapBytes;
    }

    /** Returns the offset of SecAssoc[{@code index}]. */
    public static int securityAssociation(int index) {
        return SEC_ASSOC + index * SaImage.SIZE;
    }

    /** Returns the offset of EncapTypeEntry (UDP-ESP only). */
    public int encapEntry(Abi abi) {
        requireUdpEsp();
        return OFFLOAD_HANDLE + abi.handleSize();
    }

    /** Returns the offset of EncapTypeEntryOffldHandle (UDP-ESP only). */
    public int encapEntryHandle(Abi abi) {
        return encapEntry(abi) + ENCAP_ENTRY_SIZE;
    }

    /** Returns the offset of KeyLen. */
    public int keyLength(Abi abi) {
        return OFFLOAD_HANDLE + abi.handleSize() + (encapBytes == 0 ? 0 : encapBytes + abi.handleSize());
    }

    /** Returns the offset of KeyMat: the smallest buffer that can carry KeyLen (176/180, or 188/196 for UDP-ESP). */
    public int keyMaterial(Abi abi) {
        return keyLength(abi) + 4;
    }

    /** Returns {@code sizeof} the structure: KeyMat[1] padded to the structure's alignment. */
    public int sizeOf(Abi abi) {
        int end = keyMaterial(abi) + 1;
        int alignment = abi.handleSize();
        return (end + alignment - 1) / alignment * alignment;
    }

    private void requireUdpEsp() {
        if (this != ADD_UDPESP_SA) {
            throw new IllegalStateException("OFFLOAD_IPSEC_ADD_SA has no EncapTypeEntry");
        }
    }
}
