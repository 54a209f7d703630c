package io.sakit.spec.spi;

import java.util.Objects;

/** The completion of a transmit: the raw NDIS send status and the packet as it would leave the NIC. */
public record TransmitResult(int status, byte[] packet) {

    /** Requires the packet. */
    public TransmitResult {
        Objects.requireNonNull(packet, "packet");
    }
}
