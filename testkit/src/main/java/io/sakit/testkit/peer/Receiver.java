package io.sakit.testkit.peer;

import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The receiving peer: indicates a received packet exactly as a conforming adapter's receive does with the given
 * live inbound bundles (SPEC.md 11, 12.4): eligibility (11.2), lookup (11.3), the steps of one layer (11.4), the
 * inner layer of transport over tunnel (11.6) and the filter post-check (11.5). A processed packet holds every
 * encrypted region replaced by its plaintext in place; nothing is ever removed (11.1).
 */
public final class Receiver {

    private final InboundLookup lookup;
    private final Set<Integer> parserPorts;
    private final DataPathFeatures features;

    /**
     * Creates a receiver for {@code bundles}, of which only the inbound ones are used (RX-LKP-003).
     *
     * @throws IllegalArgumentException when two inbound bundles share a lookup key (ADD-DUP-001 forbids it)
     */
    public Receiver(List<Bundle> bundles, DataPathFeatures features) {
        this.lookup = new InboundLookup(bundles);
        this.parserPorts = lookup.parserPorts();
        this.features = Objects.requireNonNull(features, "features");
    }

    /** Returns the packet as indicated and its CryptoDone, NextCryptoDone and CryptoStatus (SPEC.md 11.1). */
    public ReceiveResult receive(byte[] packet) {
        byte[] received = packet.clone();
        Optional<InboundLookup.Found> outer = eligible(received) ? outerLookup(received) : Optional.empty();
        if (outer.isEmpty()) {
            return unprocessed(received);
        }
        LayerOutcome first = LayerProcessor.process(received, 0, received.length, outer.get());
        if (first instanceof LayerOutcome.Failed failed) {
            return new ReceiveResult(received, ReceiveInfo.processed(failed.status()));
        }
        LayerOutcome.Succeeded outerLayer = (LayerOutcome.Succeeded) first;
        Optional<InboundLookup.Found> inner = innerLookup(outerLayer);
        if (inner.isEmpty()) {
            return checked(received, List.of(outerLayer));
        }
        int start = outerLayer.layout().protectedPayload();
        int end = FilterPostCheck.protectedEnd(outerLayer.packet(), outerLayer.layout());
        LayerOutcome second = LayerProcessor.process(outerLayer.packet(), start, end, inner.get());
        if (second instanceof LayerOutcome.Failed failed) {
            return new ReceiveResult(outerLayer.packet(), ReceiveInfo.processedBoth(failed.status()));
        }
        return checked(received, List.of(outerLayer, (LayerOutcome.Succeeded) second));
    }

    private boolean eligible(byte[] packet) {
        if (!Ipv4Rules.wellFormed(packet, 0, packet.length) || Ipv4Rules.isFragment(packet, 0)
                || Ipv4Rules.hasOptions(packet, 0) && !features.ipv4Options()) {
            return false;
        }
        int p = Ipv4Rules.payloadOffset(packet, 0);
        int available = packet.length - p;
        return switch (Ipv4Rules.protocol(packet, 0)) {
            case 51 -> available >= 8;
            case 50 -> available >= 4;
            case 17 -> available >= 12 && parserPorts.contains(Wire.u16(packet, p + 2)) && !Wire.allZero(packet, p + 8, 4);
            default -> false;
        };
    }

    private Optional<InboundLookup.Found> outerLookup(byte[] packet) {
        int p = Ipv4Rules.payloadOffset(packet, 0);
        int protocol = Ipv4Rules.protocol(packet, 0);
        int destination = Ipv4Rules.destination(packet, 0);
        return switch (protocol) {
            case 51 -> lookup.plain(Wire.u32(packet, p + 4), 51, destination, false);
            case 50 -> lookup.plain(Wire.u32(packet, p), 50, destination, false);
            default -> lookup.udpEsp(Wire.u32(packet, p + 8), destination, Wire.u16(packet, p + 2));
        };
    }

    /** Returns the plain transport bundle for the inner datagram of a successful plain tunnel layer, if 11.6 applies. */
    private Optional<InboundLookup.Found> innerLookup(LayerOutcome.Succeeded outer) {
        if (!features.transportTunnelCombined() || !outer.bundle().isTunnel() || outer.bundle().isUdpEsp()) {
            return Optional.empty();
        }
        byte[] packet = outer.packet();
        LayerLayout layout = outer.layout();
        int h = layout.protectedPayload();
        int e = FilterPostCheck.protectedEnd(packet, layout);
        if (!Ipv4Rules.wellFormed(packet, h, e) || Ipv4Rules.isFragment(packet, h) || Ipv4Rules.hasOptions(packet, h) && !features.ipv4Options()) {
            return Optional.empty();
        }
        int p = Ipv4Rules.payloadOffset(packet, h);
        int destination = Ipv4Rules.destination(packet, h);
        return switch (Ipv4Rules.protocol(packet, h)) {
            case 51 -> e - p >= 8 ? lookup.plain(Wire.u32(packet, p + 4), 51, destination, true) : Optional.empty();
            case 50 -> e - p >= 4 ? lookup.plain(Wire.u32(packet, p), 50, destination, true) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static ReceiveResult checked(byte[] received, List<LayerOutcome.Succeeded> layers) {
        if (!FilterPostCheck.passes(layers)) {
            return unprocessed(received);
        }
        byte[] indicated = layers.get(layers.size() - 1).packet();
        return new ReceiveResult(indicated, layers.size() == 2 ? ReceiveInfo.processedBoth(CryptoStatus.SUCCESS) : ReceiveInfo.processed(CryptoStatus.SUCCESS));
    }

    private static ReceiveResult unprocessed(byte[] received) {
        return new ReceiveResult(received, ReceiveInfo.UNPROCESSED);
    }
}
