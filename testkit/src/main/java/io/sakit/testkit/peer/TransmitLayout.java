package io.sakit.testkit.peer;

import io.sakit.testkit.framing.AhFields;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.framing.PacketLayout;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import java.util.List;
import java.util.Optional;

/**
 * Reads the layout of a packet given to transmit, with the checks of SPEC.md 10.1 (bundle pairing) and 10.2
 * (cleartext header chain, SPIs, lengths), for the outer layer over the whole packet and, with two bundles,
 * the inner datagram at the outer layer's protected payload.
 */
public final class TransmitLayout {

    private TransmitLayout() {
    }

    /** Returns the layout of {@code packet} for {@code bundles}, or the first rule it breaks. */
    public static LayoutResult read(byte[] packet, Bundles bundles, DataPathFeatures features) {
        try {
            return new LayoutResult.Accepted(new PacketLayout(packet.length, layers(packet, bundles, features)));
        } catch (Refusal refusal) {
            return new LayoutResult.Refused(refusal.requirement, refusal.getMessage());
        }
    }

    private static List<LayerLayout> layers(byte[] packet, Bundles bundles, DataPathFeatures features) {
        if (bundles.next().isEmpty()) {
            return List.of(layer(packet, 0, packet.length, bundles.offload(), features));
        }
        Bundle tunnel = bundles.next().get();
        require(features.transportTunnelCombined(), "CAP-TTC-001", "NextOffloadHandle given without TransportTunnelCombined");
        require(tunnel.isTunnel() && !tunnel.isUdpEsp(), "TX-HDL-001", "NextOffloadHandle must name a plain tunnel bundle");
        require(!bundles.offload().isTunnel() && !bundles.offload().isUdpEsp(), "TX-HDL-001", "with two handles OffloadHandle must name a plain transport bundle");
        LayerLayout outer = layer(packet, 0, packet.length, tunnel, features);
        int start = outer.protectedPayload();
        int end = outer.esp().isPresent() ? innerEnd(packet, outer.esp().get()) : packet.length;
        return List.of(outer, layer(packet, start, end, bundles.offload(), features));
    }

    private static int innerEnd(byte[] packet, EspFields outer) {
        int start = outer.encrypted().offset();
        int totalLength = Wire.u16(packet, start + 2);
        require(totalLength <= outer.encrypted().length() - 2, "TX-SYN-001", "inner Total Length " + totalLength + " exceeds the encrypted region");
        return start + totalLength;
    }

    private static LayerLayout layer(byte[] packet, int h, int e, Bundle bundle, DataPathFeatures features) {
        require(Ipv4Rules.wellFormed(packet, h, e), "TX-SYN-001", "IPv4 header at " + h + " is not well-formed for [" + h + ", " + e + ")");
        require(!Ipv4Rules.isFragment(packet, h), "TX-FRG-001", "IPv4 header at " + h + " is a fragment");
        require(features.ipv4Options() || !Ipv4Rules.hasOptions(packet, h), "TX-OPT-001", "IPv4 header at " + h + " has options, not advertised");
        int p = Ipv4Rules.payloadOffset(packet, h);
        int protocol = Ipv4Rules.protocol(packet, h);
        require(protocol == bundle.outerProtocol(), "TX-SYN-001", "Protocol " + protocol + " at " + h + "; the bundle needs " + bundle.outerProtocol());
        Optional<AhFields> ah = bundle.ah().map(sa -> checkedAh(packet, p, e, bundle));
        int q = p + (ah.isPresent() ? AhFields.LENGTH : 0) + (bundle.isUdpEsp() ? 8 : 0);
        require(e - q >= 0, "TX-SYN-001", "UDP header past the end of the layer");
        Optional<EspFields> esp = bundle.esp().map(sa -> checkedEsp(packet, q, e, bundle));
        return new LayerLayout(h, e, p, ah, esp);
    }

    private static AhFields checkedAh(byte[] packet, int a, int e, Bundle bundle) {
        require(e - a >= AhFields.LENGTH, "TX-SYN-001", "AH at " + a + " shorter than 24 bytes");
        require(Wire.u8(packet, a + 1) == AhFields.PAYLOAD_LEN, "TX-SYN-001", "AH Payload Len " + Wire.u8(packet, a + 1) + "; must be 4");
        require(Wire.u32(packet, a + 4) == bundle.ah().orElseThrow().parameters().spi(), "TX-SYN-001", "AH SPI differs from the AH SA's");
        require(!bundle.isEspThenAh() || Wire.u8(packet, a) == 50, "TX-SYN-001", "AH Next Header " + Wire.u8(packet, a) + " in a bundle; must be 50");
        return new AhFields(a);
    }

    private static EspFields checkedEsp(byte[] packet, int q, int e, Bundle bundle) {
        var parameters = bundle.esp().orElseThrow().parameters();
        int ivLength = parameters.conf().ivLength();
        int icvLength = parameters.integrity().icvLength();
        require(e - q >= 8 + ivLength + icvLength, "TX-SYN-001", "ESP at " + q + " shorter than header, IV and ICV");
        require(Wire.u32(packet, q) == parameters.spi(), "TX-SYN-001", "ESP SPI differs from the ESP SA's");
        int length = e - icvLength - (q + 8 + ivLength);
        int alignment = parameters.conf().alignment();
        require(length >= alignment && length % alignment == 0, "TX-SYN-001", "encrypted region of " + length + " bytes; must be a positive multiple of " + alignment);
        return EspFields.at(q, ivLength, length, icvLength);
    }

    private static void require(boolean condition, String requirement, String reason) {
        if (!condition) {
            throw new Refusal(requirement, reason);
        }
    }

    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String requirement;

        Refusal(String requirement, String reason) {
            super(reason, null, false, false);
            this.requirement = requirement;
        }
    }
}
