package io.sakit.spec.spi;

import io.sakit.spec.capability.AdapterCapabilities;
import java.util.Optional;

/**
 * An implementation of IPsec security-association offload as the kit certifies it.
 *
 * <p>The kit calls one method at a time per adapter instance. Arrays passed in belong to the adapter for
 * the duration of the call and may be modified by it; arrays returned belong to the kit.
 */
public interface OffloadAdapter extends AutoCloseable {

    /** Returns what this implementation advertises; the kit reads it once per run and selects tests with it. */
    AdapterCapabilities capabilities();

    /**
     * Handles an OID set request exactly as a miniport receives it: {@code oid} is the raw 32-bit OID and
     * {@code informationBuffer} the information buffer, whose length is InformationBufferLength.
     *
     * @return the NDIS status, BytesRead, BytesNeeded and the information buffer as written back
     */
    SetResult setInformation(int oid, byte[] informationBuffer);

    /**
     * Offloads the IPsec processing of one send packet, an IPv4 datagram framed by the transport.
     *
     * @param offloadHandle the SA bundle to apply (the transport SA when two are given)
     * @param nextOffloadHandle the tunnel SA of a transport-over-tunnel packet, or 0
     * @return the send status and the packet as it would leave the NIC
     */
    TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle);

    /** Processes one received IPv4 datagram and returns it as indicated, with its per-packet IPsec information. */
    ReceiveResult receive(byte[] packet);

    /** Returns the classifier, for implementations that can expose it; empty otherwise. */
    default Optional<Classifier> classifier() {
        return Optional.empty();
    }

    /** Removes every SA and parser entry, as on NIC removal; the kit calls it between test cases. */
    void reset();

    /** Releases the implementation; the default does nothing. */
    @Override
    default void close() {
    }
}
