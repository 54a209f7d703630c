package io.sakit.reference.datapath;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.transform.BundleCrypto;
import io.sakit.reference.transform.BundleShape;
import io.sakit.spec.ndis.CryptoStatus;

/**
 * The nine steps of SPEC.md 11.4 for one layer, in their order; the first failure ends the layer with its
 * CryptoStatus. Steps 1 to 7 only read; step 8 decrypts R in place. A layer whose bytes must survive a step 9
 * failure (an inner layer, whose packet is not discarded) reads the Pad Length from the last block before
 * decrypting: the outcome is the same, and no byte changes on failure.
 */
final class ReceiveSteps {

    private ReceiveSteps() {
    }

    /** Runs the steps for {@code layer}, reached through IP protocol {@code ipProtocol}; called under the bundle's monitor. */
    static CryptoStatus process(BundleCrypto crypto, byte[] b, Layer layer, int ipProtocol, boolean keepOnFailure) {
        CryptoStatus headers = checkHeaders(b, layer, ipProtocol);
        if (headers != CryptoStatus.SUCCESS) {
            return headers;
        }
        boolean tunnel = layer.shape.tunnel();
        if (layer.a >= 0 && !crypto.verifyAhIcv(b, layer.h, layer.e)) {
            return tunnel ? CryptoStatus.TUNNEL_AH_AUTH_FAILED : CryptoStatus.TRANSPORT_AH_AUTH_FAILED;
        }
        if (layer.q < 0) {
            return CryptoStatus.SUCCESS;
        }
        if (!crypto.verifyEspIcv(b, layer.q, layer.e)) {
            return tunnel ? CryptoStatus.TUNNEL_ESP_AUTH_FAILED : CryptoStatus.TRANSPORT_ESP_AUTH_FAILED;
        }
        if (keepOnFailure && !padFits(crypto.espPadLength(b, layer.q, layer.e), layer)) {
            return CryptoStatus.INVALID_PACKET_SYNTAX;
        }
        return padFits(crypto.decryptEsp(b, layer.q, layer.e), layer) ? CryptoStatus.SUCCESS : CryptoStatus.INVALID_PACKET_SYNTAX;
    }

    /** Steps 1 to 5: the cleartext headers against the bundle; places the AH and ESP headers in {@code layer}. */
    private static CryptoStatus checkHeaders(byte[] b, Layer layer, int ipProtocol) {
        BundleShape shape = layer.shape;
        if (shape.isCombined() && ipProtocol == Ipv4Header.PROTOCOL_ESP) {
            return CryptoStatus.INVALID_PROTOCOL;
        }
        int espAt = shape.udpEsp() ? layer.p + IpsecHeaders.UDP_HEADER_LENGTH : layer.p;
        if (shape.hasAh()) {
            if (layer.e - layer.p < IpsecHeaders.AH_LENGTH || IpsecHeaders.ahPayloadLength(b, layer.p) != IpsecHeaders.AH_PAYLOAD_LENGTH) {
                return CryptoStatus.INVALID_PACKET_SYNTAX;
            }
            if (shape.hasEsp() && IpsecHeaders.ahNextHeader(b, layer.p) != Ipv4Header.PROTOCOL_ESP) {
                return CryptoStatus.INVALID_PROTOCOL;
            }
            layer.a = layer.p;
            espAt = layer.p + IpsecHeaders.AH_LENGTH;
        }
        if (!shape.hasEsp()) {
            return CryptoStatus.SUCCESS;
        }
        if (!layer.placeEsp(espAt) || !layer.regionIsBlocks()) {
            return CryptoStatus.INVALID_PACKET_SYNTAX;
        }
        return shape.isCombined() && IpsecHeaders.espSpi(b, layer.q) != shape.espSpi() ? CryptoStatus.INVALID_PROTOCOL : CryptoStatus.SUCCESS;
    }

    /** Step 9: Pad Length + 2 <= L. */
    private static boolean padFits(int padLength, Layer layer) {
        return padLength + 2 <= layer.length;
    }
}
