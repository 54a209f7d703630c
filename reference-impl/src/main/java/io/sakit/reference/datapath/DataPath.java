package io.sakit.reference.datapath;

import io.sakit.reference.sadb.SaDatabase;
import io.sakit.reference.transform.IvSource;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Objects;

/**
 * The data path of the reference implementation: transmit (SPEC.md 10, 12.4) and receive (SPEC.md 11, 12.4)
 * over the live bundles of one SA database, under the advertised Supported.TransportTunnelCombined and
 * Supported.IPv4Options. Any byte string and any handle values give a result of the specification, never an
 * exception (ROB-PKT-001, ROB-PKT-002). Safe for concurrent calls: a bundle's crypto state is used under its
 * monitor, and a bundle deleted during a call is either used whole before the delete or not at all.
 *
 * <p>Arrays passed in belong to the data path for the duration of the call: transmit transforms the packet in
 * place and returns it; receive returns the packet itself when it leaves it as received, and a processed copy
 * otherwise.
 */
public final class DataPath {

    private final Transmitter transmitter;
    private final Receiver receiver;

    /** Creates the data path over {@code database}, honouring {@code offload}, with transmit IVs from {@code ivSource}. */
    public DataPath(SaDatabase database, IpsecOffloadV1 offload, IvSource ivSource) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(ivSource, "ivSource");
        this.transmitter = new Transmitter(database, offload.transportTunnelCombined(), offload.ipv4Options(), ivSource);
        this.receiver = new Receiver(database, offload.transportTunnelCombined(), offload.ipv4Options());
    }

    /**
     * Transmits one IPv4 datagram (SPEC.md 10): NDIS_STATUS_SUCCESS with the transformed packet, or
     * NDIS_STATUS_INVALID_PACKET with the packet unchanged (K1). A null packet is taken as the empty one.
     *
     * @param offloadHandle the bundle to apply (the transport bundle when two are given)
     * @param nextOffloadHandle the tunnel bundle of a transport-over-tunnel packet, or 0
     */
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return transmitter.transmit(packet == null ? new byte[0] : packet, offloadHandle, nextOffloadHandle);
    }

    /**
     * Receives one IPv4 datagram (SPEC.md 11) and returns it as indicated with CryptoDone, NextCryptoDone and
     * CryptoStatus (11.1); SaDeleteReq is never set. A null packet is taken as the empty one.
     */
    public ReceiveResult receive(byte[] packet) {
        return receiver.receive(packet == null ? new byte[0] : packet);
    }
}
