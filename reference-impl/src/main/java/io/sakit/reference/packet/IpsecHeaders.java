package io.sakit.reference.packet;

import io.sakit.spec.codec.Bytes;

/**
 * The fixed layout of the AH header (SPEC.md 9.3) and the ESP header (9.4), and of the UDP header that
 * precedes UDP-encapsulated ESP (12.4), read in place.
 */
public final class IpsecHeaders {

    /** The length of the AH header, ICV included. */
    public static final int AH_LENGTH = 24;
    /** The only valid AH Payload Len: (24 / 4) − 2. */
    public static final int AH_PAYLOAD_LENGTH = 4;
    /** The offset of the ICV in the AH header. */
    public static final int AH_ICV_OFFSET = 12;
    /** The length of every ICV (TRUNCATED_HASH_LEN). */
    public static final int ICV_LENGTH = 12;
    /** The length of the ESP header: SPI and Sequence Number. */
    public static final int ESP_HEADER_LENGTH = 8;
    /** The length of the UDP header. */
    public static final int UDP_HEADER_LENGTH = 8;
    /** The least length of a UDP-ESP candidate's UDP payload: the UDP header and a non-zero SPI (SPEC.md 12.4). */
    public static final int UDP_ESP_MIN_LENGTH = UDP_HEADER_LENGTH + 4;

    private IpsecHeaders() {
    }

    /** Returns the Next Header of the AH header at {@code a}. */
    public static int ahNextHeader(byte[] b, int a) {
        return b[a] & 0xFF;
    }

    /** Returns the Payload Len of the AH header at {@code a}. */
    public static int ahPayloadLength(byte[] b, int a) {
        return b[a + 1] & 0xFF;
    }

    /** Returns the SPI of the AH header at {@code a}, in network order. */
    public static int ahSpi(byte[] b, int a) {
        return Bytes.u32be(b, a + 4);
    }

    /** Returns the SPI of the ESP header at {@code q}, in network order. */
    public static int espSpi(byte[] b, int q) {
        return Bytes.u32be(b, q);
    }

    /** Returns the destination port of the UDP header at {@code u}. */
    public static int udpDestinationPort(byte[] b, int u) {
        return Bytes.u16be(b, u + 2);
    }
}
