package io.sakit.spec.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The raw fields of OFFLOAD_IPSEC_ADD_SA: any bit pattern a buffer may hold, so that malformed requests
 * can be built and decoded buffers inspected. Addresses, masks, ports and SPIs are in network order as
 * numbers (10.1.2.3 is 0x0A010203, port 4500 is 4500); {@code protocol} and {@code keyLength} are
 * unsigned 32-bit values; {@code numSas} is the signed SHORT.
 *
 * <p>{@code keyMaterial} is what stands at KeyMat: when encoding, the bytes written there (the buffer then
 * ends after them, whatever {@code keyLength} says); when decoding, the bytes the buffer held there, at most
 * {@code keyLength}.
 */
public record AddSaImage(int sourceAddress, int sourceMask, int destinationAddress, int destinationMask, int protocol,
        int sourcePort, int destinationPort, int sourceTunnelAddress, int destinationTunnelAddress, int flags, int numSas,
        List<SaImage> securityAssociations, long offloadHandle, int keyLength, byte[] keyMaterial) {

    /** Requires three SecAssoc entries, 16-bit ports and flags, a SHORT NumSAs; copies the key bytes. */
    public AddSaImage {
        securityAssociations = List.copyOf(securityAssociations);
        if (securityAssociations.size() != AddSaLayout.MAX_SAS) {
            throw new IllegalArgumentException("SecAssoc has " + AddSaLayout.MAX_SAS + " entries, not " + securityAssociations.size());
        }
        requireRange(sourcePort, 0, 0xFFFF, "SrcPort");
        requireRange(destinationPort, 0, 0xFFFF, "DestPort");
        requireRange(flags, 0, 0xFFFF, "Flags");
        requireRange(numSas, Short.MIN_VALUE, Short.MAX_VALUE, "NumSAs");
        keyMaterial = Objects.requireNonNull(keyMaterial, "keyMaterial").clone();
    }

    private static void requireRange(int value, int low, int high, String field) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(field + " " + value + " does not fit its field (" + low + ".." + high + ")");
        }
    }

    /** Returns a copy of the key bytes. */
    @Override
    public byte[] keyMaterial() {
        return keyMaterial.clone();
    }

    /** Returns SecAssoc[{@code index}]. */
    public SaImage securityAssociation(int index) {
        return securityAssociations.get(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddSaImage that && sourceAddress == that.sourceAddress && sourceMask == that.sourceMask
                && destinationAddress == that.destinationAddress && destinationMask == that.destinationMask && protocol == that.protocol
                && sourcePort == that.sourcePort && destinationPort == that.destinationPort && sourceTunnelAddress == that.sourceTunnelAddress
                && destinationTunnelAddress == that.destinationTunnelAddress && flags == that.flags && numSas == that.numSas
                && securityAssociations.equals(that.securityAssociations) && offloadHandle == that.offloadHandle
                && keyLength == that.keyLength && Arrays.equals(keyMaterial, that.keyMaterial);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceAddress, destinationAddress, protocol, flags, numSas, securityAssociations, offloadHandle, keyLength);
    }

    @Override
    public String toString() {
        return "AddSaImage[flags=" + flags + ", numSas=" + numSas + ", protocol=" + Integer.toUnsignedString(protocol) + ", sa="
                + securityAssociations + ", handle=" + offloadHandle + ", keyLen=" + Integer.toUnsignedString(keyLength) + ", keyMat="
                + keyMaterial.length + " bytes redacted]";
    }
}
