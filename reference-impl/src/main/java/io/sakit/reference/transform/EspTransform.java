package io.sakit.reference.transform;

import io.sakit.reference.packet.IpsecHeaders;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * One ESP SA's transform (SPEC.md 9.4) on the ESP header at {@code q} of a datagram ending at {@code e}: on
 * transmit a fresh IV, encryption of the region R in place and the ICV over the ESP header, IV and
 * ciphertext; on receive the ICV check over the same bytes and then decryption in place. NULL encryption
 * (no cipher) leaves R as it is; ESP without integrity has no ICV. Not thread-safe: used under the bundle's
 * monitor.
 */
final class EspTransform implements Destroyable {

    private final CbcCipher cipher;
    private final Hmac96 integrity;
    private final int ivLength;
    private final int icvLength;
    private final byte[] lastBlock = new byte[CbcCipher.BLOCK];

    EspTransform(CbcCipher cipher, Hmac96 integrity) {
        this.cipher = cipher;
        this.integrity = integrity;
        this.ivLength = cipher == null ? 0 : IvSource.IV_LENGTH;
        this.icvLength = integrity == null ? 0 : IpsecHeaders.ICV_LENGTH;
    }

    /** Writes a fresh IV, encrypts R in place under it, then writes the ESP ICV (SPEC.md 9.4, 10.3). */
    void protect(byte[] b, int q, int e, IvSource ivSource) {
        int iv = q + IpsecHeaders.ESP_HEADER_LENGTH;
        int end = e - icvLength;
        if (cipher != null) {
            ivSource.nextIv(b, iv);
            cipher.process(b, iv, iv + ivLength, end - iv - ivLength);
        }
        if (integrity != null) {
            integrity.update(b, q, end - q);
            integrity.finishInto(b, end);
        }
    }

    /** Returns whether the ESP ICV verifies over the bytes as received, or true when the SA has no integrity. */
    boolean verifyIcv(byte[] b, int q, int e) {
        if (integrity == null) {
            return true;
        }
        int end = e - icvLength;
        integrity.update(b, q, end - q);
        return integrity.finishAndCompare(b, end);
    }

    /** Decrypts R in place with the IV from the packet and returns the Pad Length of the decrypted trailer. */
    int decrypt(byte[] b, int q, int e) {
        int iv = q + IpsecHeaders.ESP_HEADER_LENGTH;
        int end = e - icvLength;
        if (cipher != null) {
            cipher.process(b, iv, iv + ivLength, end - iv - ivLength);
        }
        return b[end - 2] & 0xFF;
    }

    /** Returns the Pad Length R will hold once decrypted, without changing any byte of {@code b}. */
    int padLengthBeforeDecrypting(byte[] b, int q, int e) {
        int end = e - icvLength;
        if (cipher == null) {
            return b[end - 2] & 0xFF;
        }
        int iv = q + IpsecHeaders.ESP_HEADER_LENGTH;
        cipher.decryptLastBlock(b, iv, iv + ivLength, end - iv - ivLength, lastBlock);
        return lastBlock[CbcCipher.BLOCK - 2] & 0xFF;
    }

    /** Wipes the keys the cipher and the HMAC hold. */
    @Override
    public void destroy() {
        if (cipher != null) {
            cipher.destroy();
        }
        if (integrity != null) {
            integrity.destroy();
        }
        Arrays.fill(lastBlock, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return (cipher == null || cipher.isDestroyed()) && (integrity == null || integrity.isDestroyed());
    }
}
