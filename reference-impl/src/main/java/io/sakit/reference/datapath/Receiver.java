package io.sakit.reference.datapath;

import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.sadb.Bundle;
import io.sakit.reference.sadb.SaDatabase;
import io.sakit.reference.transform.BundleCrypto;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;

/**
 * Receive (SPEC.md 11 and 12.4): eligibility (11.2) and lookup (11.3, 12.4), the steps of 11.4 for the
 * outer layer, with TransportTunnelCombined the inner transport layer (11.6), then the filter post-check
 * (11.5). The layers work on one copy of the packet, so that a failure of the only or outer layer and a
 * filter mismatch return the bytes as received. A bundle is used under its monitor, one at a time; one
 * deleted before it is locked counts as not found.
 */
final class Receiver {

    private final InboundLookup lookup;
    private final boolean ipv4Options;
    private final boolean transportTunnelCombined;

    Receiver(SaDatabase database, boolean transportTunnelCombined, boolean ipv4Options) {
        this.lookup = new InboundLookup(database);
        this.transportTunnelCombined = transportTunnelCombined;
        this.ipv4Options = ipv4Options;
    }

    /** Processes {@code packet} and returns it as indicated with its per-packet information (11.1). */
    ReceiveResult receive(byte[] packet) {
        Bundle outer = Ipv4Header.isProcessable(packet, 0, packet.length, ipv4Options) ? lookup.outer(packet) : null;
        if (outer == null) {
            return unprocessed(packet);
        }
        byte[] work = packet.clone();
        Layer outerLayer = process(outer, work, 0, work.length, false);
        if (outerLayer == null) {
            return unprocessed(packet);
        }
        if (outerLayer.status != CryptoStatus.SUCCESS) {
            return new ReceiveResult(packet, Outcomes.oneLayer(outerLayer.status));
        }
        Bundle inner = innerBundle(work, outerLayer);
        Layer innerLayer = inner == null ? null : process(inner, work, outerLayer.payloadStart(), outerLayer.payloadEnd(work), true);
        if (innerLayer == null) {
            return filtered(packet, work, outer, outerLayer, null, null);
        }
        if (innerLayer.status != CryptoStatus.SUCCESS) {
            return new ReceiveResult(work, Outcomes.twoLayers(innerLayer.status));
        }
        return filtered(packet, work, outer, outerLayer, inner, innerLayer);
    }

    /** 11.5: the processed packet when every processed bundle's filter matches, otherwise the packet unprocessed and as received. */
    private static ReceiveResult filtered(byte[] packet, byte[] work, Bundle outer, Layer outerLayer, Bundle inner, Layer innerLayer) {
        if (!FilterCheck.matches(work, outer, outerLayer, inner, innerLayer)) {
            return unprocessed(packet);
        }
        return new ReceiveResult(work, inner == null ? Outcomes.oneLayer(CryptoStatus.SUCCESS) : Outcomes.twoLayers(CryptoStatus.SUCCESS));
    }

    /** Runs the steps of 11.4 for {@code bundle} over [h, e) under its monitor; null when the bundle was deleted. */
    private static Layer process(Bundle bundle, byte[] b, int h, int e, boolean keepOnFailure) {
        synchronized (bundle.monitor()) {
            BundleCrypto crypto = BundleCrypto.ofLive(bundle);
            if (crypto == null) {
                return null;
            }
            Layer layer = new Layer(crypto.shape(), b, h, e);
            layer.status = ReceiveSteps.process(crypto, b, layer, Ipv4Header.protocol(b, h), keepOnFailure);
            return layer;
        }
    }

    /** 11.6: the plain transport bundle of the inner datagram of a plain tunnel layer that succeeded, or null. */
    private Bundle innerBundle(byte[] b, Layer outer) {
        if (!transportTunnelCombined || !outer.shape.tunnel() || outer.shape.udpEsp()) {
            return null;
        }
        int h = outer.payloadStart();
        int e = outer.payloadEnd(b);
        return Ipv4Header.isProcessable(b, h, e, ipv4Options) ? lookup.innerTransport(b, h, e) : null;
    }

    private static ReceiveResult unprocessed(byte[] packet) {
        return new ReceiveResult(packet, ReceiveInfo.UNPROCESSED);
    }
}
