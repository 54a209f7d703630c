package io.sakit.reference.datapath;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.transform.BundleShape;
import io.sakit.spec.ndis.CryptoStatus;

/**
 * Where one layer's headers lie in a packet (SPEC.md 9.5), as the layout checks of 10.2 and the steps of
 * 11.4 find them: the IPv4 header at {@code h}, the end {@code e} of the layer's datagram, the payload offset
 * {@code p}, the AH header at {@code a} and the ESP header at {@code q} (-1 when absent), and the encrypted
 * region R at {@code r} of length {@code length} (L); on receive also the layer's CryptoStatus.
 */
final class Layer {

    final BundleShape shape;
    final int h;
    final int e;
    final int p;
    int a = -1;
    int q = -1;
    int r;
    int length;
    CryptoStatus status = CryptoStatus.SUCCESS;

    Layer(BundleShape shape, byte[] b, int h, int e) {
        this.shape = shape;
        this.h = h;
        this.e = e;
        this.p = Ipv4Header.payloadOffset(b, h);
    }

    /** Places the ESP header at {@code espAt}; returns false when the datagram is too short for the header, IV and ICV. */
    boolean placeEsp(int espAt) {
        q = espAt;
        r = q + IpsecHeaders.ESP_HEADER_LENGTH + shape.ivLength();
        length = e - shape.icvLength() - r;
        return e - q >= IpsecHeaders.ESP_HEADER_LENGTH + shape.ivLength() + shape.icvLength();
    }

    /** Returns whether L is a positive multiple of the block size B (9.4). */
    boolean regionIsBlocks() {
        return length >= shape.blockSize() && length % shape.blockSize() == 0;
    }

    /** Returns where the protected payload starts: R for a layer with ESP, after the AH header otherwise. */
    int payloadStart() {
        return q >= 0 ? r : a + IpsecHeaders.AH_LENGTH;
    }

    /** Returns where the decrypted protected payload ends: before the padding and trailer with ESP, at e otherwise (SPEC.md 11.6). */
    int payloadEnd(byte[] b) {
        return q >= 0 ? r + length - 2 - (b[r + length - 2] & 0xFF) : e;
    }

    /** Returns the Next Header announcing the protected payload: the decrypted ESP trailer's, or the AH header's (SPEC.md 8.3). */
    int nextHeader(byte[] b) {
        return q >= 0 ? b[r + length - 1] & 0xFF : IpsecHeaders.ahNextHeader(b, a);
    }
}
