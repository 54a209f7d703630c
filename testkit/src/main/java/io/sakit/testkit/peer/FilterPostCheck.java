package io.sakit.testkit.peer;

import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.packet.HeaderTuple;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import java.util.List;
import java.util.Optional;

/**
 * The filter post-check of SPEC.md 11.5: after every processed layer has succeeded, the tuple of 8.3 is built
 * from the decrypted packet and the filter of every processed bundle must match it. A tunnel layer whose
 * protected payload is not one well-formed IPv4 datagram has no tuple, and then no filter matches (K9).
 */
final class FilterPostCheck {

    private static final int UDP = 17;

    private FilterPostCheck() {
    }

    /** Returns whether every processed bundle's filter matches the tuple of the decrypted packet. */
    static boolean passes(List<LayerOutcome.Succeeded> layers) {
        Optional<HeaderTuple> tuple = tuple(layers);
        return layers.stream().allMatch(layer -> tuple.isPresent() && tuple.get().matches(layer.bundle().request().filter()));
    }

    /** Returns the tuple of SPEC.md 8.3 for the processed layers, outermost first; the last holds the final bytes. */
    static Optional<HeaderTuple> tuple(List<LayerOutcome.Succeeded> layers) {
        LayerOutcome.Succeeded last = layers.get(layers.size() - 1);
        if (layers.size() == 2) {
            return Optional.of(transportTuple(last.packet(), last.layout()));
        }
        byte[] packet = last.packet();
        LayerLayout layout = last.layout();
        Bundle bundle = last.bundle();
        if (bundle.isUdpEsp()) {
            Optional<Integer> addresses = bundle.isTunnel() ? innerDatagram(packet, layout) : Optional.of(layout.header());
            HeaderTuple.Ports ports = new HeaderTuple.Ports(Wire.u16(packet, layout.payload()), Wire.u16(packet, layout.payload() + 2));
            return addresses.map(h -> new HeaderTuple(Ipv4Rules.source(packet, h), Ipv4Rules.destination(packet, h), UDP, Optional.of(ports)));
        }
        if (bundle.isTunnel()) {
            return innerDatagram(packet, layout).map(h -> HeaderTuple.ofDatagram(packet, h));
        }
        return Optional.of(transportTuple(packet, layout));
    }

    /** Returns the tuple of a transport layer: its header's addresses, the innermost Next Header, the upper-layer data. */
    private static HeaderTuple transportTuple(byte[] packet, LayerLayout layout) {
        return HeaderTuple.read(packet, layout.header(), nextHeader(packet, layout), layout.protectedPayload(), protectedEnd(packet, layout));
    }

    /** Returns the offset of the inner IPv4 header of a tunnel layer, if its protected payload is one well-formed datagram. */
    static Optional<Integer> innerDatagram(byte[] packet, LayerLayout layout) {
        int start = layout.protectedPayload();
        boolean datagram = nextHeader(packet, layout) == 4 && Ipv4Rules.wellFormed(packet, start, protectedEnd(packet, layout));
        return datagram ? Optional.of(start) : Optional.empty();
    }

    /** Returns the Next Header of the layer's innermost IPsec header: the decrypted ESP trailer's, or AH's for AH only. */
    private static int nextHeader(byte[] packet, LayerLayout layout) {
        return layout.esp().map(esp -> Wire.u8(packet, esp.nextHeaderOffset())).orElseGet(() -> Wire.u8(packet, layout.ah().orElseThrow().offset()));
    }

    /** Returns where the protected payload ends: before the padding for ESP (r + L − Pad Length − 2), at e for AH only. */
    static int protectedEnd(byte[] packet, LayerLayout layout) {
        if (layout.esp().isEmpty()) {
            return layout.end();
        }
        EspFields esp = layout.esp().get();
        return esp.padLengthOffset() - Wire.u8(packet, esp.padLengthOffset());
    }
}
