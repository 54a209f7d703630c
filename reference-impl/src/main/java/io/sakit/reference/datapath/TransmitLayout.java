package io.sakit.reference.datapath;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.transform.BundleShape;

/**
 * The layout checks of SPEC.md 10.2: whether a datagram has the headers its outbound bundle needs, and where
 * the inner datagram of a transport-over-tunnel packet lies. Only the cleartext header chain is checked (K11).
 */
final class TransmitLayout {

    private final boolean optionsAllowed;

    TransmitLayout(boolean optionsAllowed) {
        this.optionsAllowed = optionsAllowed;
    }

    /** Returns the layer of {@code shape} over [h, e) when rules 1 to 3 of 10.2 hold, otherwise null. */
    Layer place(BundleShape shape, byte[] b, int h, int e) {
        if (!Ipv4Header.isProcessable(b, h, e, optionsAllowed)) {
            return null;
        }
        Layer layer = new Layer(shape, b, h, e);
        return headerChain(layer, b) ? layer : null;
    }

    /** Rule 2: the UDP, AH or ESP header the bundle needs right after the IPv4 header, then rule 3 for its ESP header. */
    private static boolean headerChain(Layer layer, byte[] b) {
        BundleShape shape = layer.shape;
        int protocol = Ipv4Header.protocol(b, layer.h);
        int room = layer.e - layer.p;
        if (shape.udpEsp()) {
            return protocol == Ipv4Header.PROTOCOL_UDP && room >= IpsecHeaders.UDP_HEADER_LENGTH && esp(layer, b, layer.p + IpsecHeaders.UDP_HEADER_LENGTH);
        }
        if (!shape.hasAh()) {
            return protocol == Ipv4Header.PROTOCOL_ESP && esp(layer, b, layer.p);
        }
        if (protocol != Ipv4Header.PROTOCOL_AH || room < IpsecHeaders.AH_LENGTH || IpsecHeaders.ahPayloadLength(b, layer.p) != IpsecHeaders.AH_PAYLOAD_LENGTH
                || IpsecHeaders.ahSpi(b, layer.p) != shape.ahSpi()) {
            return false;
        }
        layer.a = layer.p;
        return !shape.hasEsp() || IpsecHeaders.ahNextHeader(b, layer.p) == Ipv4Header.PROTOCOL_ESP && esp(layer, b, layer.p + IpsecHeaders.AH_LENGTH);
    }

    /** Rule 3: room for the ESP header, IV and ICV, the SA's SPI, and L a positive multiple of B. */
    private static boolean esp(Layer layer, byte[] b, int q) {
        return layer.placeEsp(q) && IpsecHeaders.espSpi(b, q) == layer.shape.espSpi() && layer.regionIsBlocks();
    }

    /**
     * Returns the end of the inner datagram that starts at the tunnel layer's protected payload, or -1 (10.2):
     * it ends at e after an AH-only tunnel, and at its own Total Length, at most L − 2 bytes into R, after an
     * ESP tunnel.
     */
    static int innerEnd(Layer tunnel, byte[] b) {
        if (tunnel.q < 0) {
            return tunnel.e;
        }
        int length = Ipv4Header.totalLength(b, tunnel.r);
        return length <= tunnel.length - 2 ? tunnel.r + length : -1;
    }
}
