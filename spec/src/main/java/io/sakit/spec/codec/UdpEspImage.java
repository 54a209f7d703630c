package io.sakit.spec.codec;

import java.util.Objects;

/**
 * The raw fields of OFFLOAD_IPSEC_ADD_UDPESP_SA: the fields it shares with OFFLOAD_IPSEC_ADD_SA, plus
 * EncapTypeEntry (UdpEncapType, DstEncapPort in network order as a number) and EncapTypeEntryOffldHandle.
 */
public record UdpEspImage(AddSaImage common, int encapType, int destinationEncapPort, long encapEntryHandle) {

    /** Requires the shared fields and a 16-bit port. */
    public UdpEspImage {
        Objects.requireNonNull(common, "common");
        if (destinationEncapPort < 0 || destinationEncapPort > 0xFFFF) {
            throw new IllegalArgumentException("DstEncapPort " + destinationEncapPort + " does not fit 16 bits");
        }
    }
}
