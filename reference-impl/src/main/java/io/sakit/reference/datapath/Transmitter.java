package io.sakit.reference.datapath;

import io.sakit.reference.sadb.Bundle;
import io.sakit.reference.sadb.SaDatabase;
import io.sakit.reference.transform.BundleCrypto;
import io.sakit.reference.transform.IvSource;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;

/**
 * Transmit (SPEC.md 10 and 12.4): the handle rules of 10.1 and every layout check of 10.2 for every named
 * bundle pass before any byte changes, then the transforms of 10.3 run in place in the order of 10.4. A
 * refusal is NDIS_STATUS_INVALID_PACKET with the packet unchanged (K1). The filter of an outbound bundle is
 * never consulted (10.5). Each bundle's crypto state is used under its monitor; two bundles are locked in
 * handle order, so concurrent transmits never wait on each other in a cycle.
 */
final class Transmitter {

    private static final int SUCCESS = NdisStatus.SUCCESS.code();
    private static final int INVALID_PACKET = NdisStatus.INVALID_PACKET.code();

    private final SaDatabase database;
    private final boolean transportTunnelCombined;
    private final TransmitLayout layout;
    private final IvSource ivSource;

    Transmitter(SaDatabase database, boolean transportTunnelCombined, boolean ipv4Options, IvSource ivSource) {
        this.database = database;
        this.transportTunnelCombined = transportTunnelCombined;
        this.layout = new TransmitLayout(ipv4Options);
        this.ivSource = ivSource;
    }

    /** Transmits {@code packet} with the bundle of {@code offloadHandle}, inside the tunnel bundle of {@code nextOffloadHandle} when it is not 0. */
    TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        Bundle first = outbound(offloadHandle);
        boolean done = first != null && (nextOffloadHandle == 0 ? single(packet, first) : combined(packet, first, nextOffloadHandle));
        return new TransmitResult(done ? SUCCESS : INVALID_PACKET, packet);
    }

    private Bundle outbound(long handle) {
        Bundle bundle = database.bundle(handle);
        return bundle != null && bundle.direction() == Direction.OUTBOUND ? bundle : null;
    }

    private boolean single(byte[] b, Bundle bundle) {
        synchronized (bundle.monitor()) {
            BundleCrypto crypto = BundleCrypto.ofLive(bundle);
            Layer layer = crypto == null ? null : layout.place(crypto.shape(), b, 0, b.length);
            if (layer == null) {
                return false;
            }
            apply(crypto, b, layer);
            return true;
        }
    }

    /** 10.1 rule 2: a plain transport bundle in OffloadHandle and a plain tunnel bundle in NextOffloadHandle, with TransportTunnelCombined. */
    private boolean combined(byte[] b, Bundle transport, long tunnelHandle) {
        if (!transportTunnelCombined || transport.isTunnel() || transport.isUdpEsp()) {
            return false;
        }
        Bundle tunnel = outbound(tunnelHandle);
        if (tunnel == null || !tunnel.isTunnel() || tunnel.isUdpEsp()) {
            return false;
        }
        Bundle firstLock = transport.handle() < tunnel.handle() ? transport : tunnel;
        Bundle secondLock = firstLock == transport ? tunnel : transport;
        synchronized (firstLock.monitor()) {
            synchronized (secondLock.monitor()) {
                return combinedLocked(b, BundleCrypto.ofLive(transport), BundleCrypto.ofLive(tunnel));
            }
        }
    }

    private boolean combinedLocked(byte[] b, BundleCrypto transport, BundleCrypto tunnel) {
        if (transport == null || tunnel == null) {
            return false;
        }
        Layer outer = layout.place(tunnel.shape(), b, 0, b.length);
        int innerEnd = outer == null ? -1 : TransmitLayout.innerEnd(outer, b);
        Layer inner = innerEnd < 0 ? null : layout.place(transport.shape(), b, outer.payloadStart(), innerEnd);
        if (inner == null) {
            return false;
        }
        apply(transport, b, inner);
        apply(tunnel, b, outer);
        return true;
    }

    /** 10.3 and 10.4: the ESP transform first, then the AH ICV over the result. */
    private void apply(BundleCrypto crypto, byte[] b, Layer layer) {
        if (layer.q >= 0) {
            crypto.protectEsp(b, layer.q, layer.e, ivSource);
        }
        if (layer.a >= 0) {
            crypto.writeAhIcv(b, layer.h, layer.e);
        }
    }
}
