package io.sakit.testkit.framing;

import io.sakit.testkit.packet.Checksum;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Frames outbound packets as the transport hands them to transmit (SPEC.md 9.4, 9.5, 10): for each bundle the
 * IPv4 header (the datagram's own in transport mode, a new outer header from SrcTunnelAddr to DestTunnelAddr in
 * tunnel mode), then UDP for UDP-ESP, AH, and the ESP block. With two bundles the transport bundle frames the
 * datagram and the tunnel bundle frames the result (10.4).
 *
 * <p>The framer writes what it is told: it frames fragments, options and unusual bundle pairs alike, so that
 * refusals can be tested too.
 */
public final class Framer {

    /** The IP protocol number of IPv4 in IPv4: the Next Header of a tunnel layer. */
    public static final int IP_IN_IP = 4;

    private final FrameOptions options;

    /** Creates a framer making the given choices. */
    public Framer(FrameOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns the framed packet for {@code datagram} and the named bundles, with its layout description.
     *
     * @throws IllegalArgumentException when {@code datagram} is not a well-formed IPv4 datagram or the result
     *     would exceed 65535 bytes
     */
    public Framed frame(byte[] datagram, Bundles bundles) {
        requireDatagram(datagram);
        Framed inner = frameLayer(datagram, bundles.offload());
        Optional<Bundle> tunnel = bundles.next();
        if (tunnel.isEmpty()) {
            return inner;
        }
        Framed outer = frameLayer(inner.packet(), tunnel.get());
        LayerLayout outerLayer = outer.layout().layers().get(0);
        LayerLayout innerLayer = inner.layout().layers().get(0).shifted(outerLayer.protectedPayload());
        return new Framed(outer.packet(), new PacketLayout(outer.packet().length, List.of(outerLayer, innerLayer)));
    }

    private static void requireDatagram(byte[] datagram) {
        if (!Ipv4Rules.wellFormed(datagram, 0, datagram.length)) {
            throw new IllegalArgumentException("not a well-formed IPv4 datagram of " + datagram.length + " bytes (SPEC.md 9.1)");
        }
    }

    private Framed frameLayer(byte[] datagram, Bundle bundle) {
        int headerLength = Ipv4Rules.headerLength(datagram, 0);
        byte[] data = bundle.isTunnel() ? datagram : Arrays.copyOfRange(datagram, headerLength, datagram.length);
        int nextHeader = bundle.isTunnel() ? IP_IN_IP : Ipv4Rules.protocol(datagram, 0);
        byte[] body = body(bundle, data, nextHeader);
        byte[] header = bundle.isTunnel() ? outerHeader(datagram, bundle, body.length) : transportHeader(datagram, bundle, body.length);
        byte[] packet = concat(header, body);
        return new Framed(packet, new PacketLayout(packet.length, List.of(layout(bundle, header.length, packet.length, data.length))));
    }

    private byte[] body(Bundle bundle, byte[] data, int nextHeader) {
        byte[] body = data;
        int inner = nextHeader;
        if (bundle.esp().isPresent()) {
            body = IpsecHeaders.esp(bundle.esp().get(), body, inner, options);
            inner = bundle.esp().get().operation().ipProtocol();
        }
        if (bundle.isUdpEsp()) {
            body = concat(IpsecHeaders.udp(options.udpSourcePort(), bundle.encapsulationPort(), body.length), body);
        }
        if (bundle.ah().isPresent()) {
            body = concat(IpsecHeaders.ah(bundle.ah().get(), inner, options), body);
        }
        return body;
    }

    private static byte[] transportHeader(byte[] datagram, Bundle bundle, int bodyLength) {
        byte[] header = Arrays.copyOf(datagram, Ipv4Rules.headerLength(datagram, 0));
        int totalLength = header.length + bodyLength;
        if (totalLength > 0xFFFF) {
            throw new IllegalArgumentException("framed datagram of " + totalLength + " bytes; Total Length holds at most 65535");
        }
        header[9] = (byte) bundle.outerProtocol();
        Wire.put16(header, 2, totalLength);
        Wire.put16(header, 10, 0);
        Wire.put16(header, 10, Checksum.of(header, 0, header.length));
        return header;
    }

    private byte[] outerHeader(byte[] inner, Bundle bundle, int bodyLength) {
        Ipv4Header outer = new Ipv4Header(Wire.u8(inner, 1), Wire.u16(inner, 4), 0, options.outerTtl(), bundle.outerProtocol(),
                bundle.request().tunnel().source(), bundle.request().tunnel().destination(), options.outerOptions());
        return outer.encode(bodyLength);
    }

    private LayerLayout layout(Bundle bundle, int payload, int end, int dataLength) {
        Optional<AhFields> ah = bundle.ah().map(sa -> new AhFields(payload));
        int espOffset = payload + (ah.isPresent() ? AhFields.LENGTH : 0) + (bundle.isUdpEsp() ? 8 : 0);
        Optional<EspFields> esp = bundle.esp().map(sa -> IpsecHeaders.espFields(sa, dataLength, options).shifted(espOffset));
        return new LayerLayout(0, end, payload, ah, esp);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream(first.length + second.length);
        joined.writeBytes(first);
        joined.writeBytes(second);
        return joined.toByteArray();
    }
}
