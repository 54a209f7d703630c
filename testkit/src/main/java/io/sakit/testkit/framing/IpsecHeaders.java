package io.sakit.testkit.framing;

import io.sakit.spec.model.SecurityAssociation;
import io.sakit.testkit.packet.Wire;
import java.util.Arrays;

/**
 * Writes the headers the transport builds (SPEC.md 9.3, 9.4, 12.4): the AH header with its ICV field, the ESP
 * block with SPI, sequence number, IV field, payload, padding 1, 2, 3, …, Pad Length, Next Header and ICV
 * field, and the UDP header of UDP-ESP. IV and ICV fields hold the placeholder byte.
 */
final class IpsecHeaders {

    private IpsecHeaders() {
    }

    /** Returns the 24-byte AH header: Next Header, Payload Len 4, Reserved 0, SPI, sequence number, ICV field. */
    static byte[] ah(SecurityAssociation sa, int nextHeader, FrameOptions options) {
        byte[] header = new byte[AhFields.LENGTH];
        header[0] = (byte) nextHeader;
        header[1] = AhFields.PAYLOAD_LEN;
        Wire.put32(header, 4, sa.parameters().spi());
        Wire.put32(header, 8, options.sequence());
        Arrays.fill(header, 12, 24, (byte) options.placeholder());
        return header;
    }

    /** Returns the padding length that makes payload, padding, Pad Length and Next Header a multiple of {@code alignment}. */
    static int padLength(int payloadLength, int alignment, int extraPadding) {
        if (extraPadding % alignment != 0) {
            throw new IllegalArgumentException("extra padding " + extraPadding + " is not a multiple of the alignment " + alignment);
        }
        return (alignment - (payloadLength + 2) % alignment) % alignment + extraPadding;
    }

    /** Returns the ESP block for {@code payload}: header, IV field, R (payload, padding, Pad Length, Next Header), ICV field. */
    static byte[] esp(SecurityAssociation sa, byte[] payload, int nextHeader, FrameOptions options) {
        EspFields fields = espFields(sa, payload.length, options);
        byte[] block = new byte[fields.icv().end()];
        Wire.put32(block, 0, sa.parameters().spi());
        Wire.put32(block, 4, options.sequence());
        Arrays.fill(block, fields.iv().offset(), fields.iv().end(), (byte) options.placeholder());
        System.arraycopy(payload, 0, block, fields.encrypted().offset(), payload.length);
        int padStart = fields.encrypted().offset() + payload.length;
        for (int i = 0; padStart + i < fields.padLengthOffset(); i++) {
            block[padStart + i] = (byte) (i + 1);
        }
        block[fields.padLengthOffset()] = (byte) (fields.padLengthOffset() - padStart);
        block[fields.nextHeaderOffset()] = (byte) nextHeader;
        Arrays.fill(block, fields.icv().offset(), fields.icv().end(), (byte) options.placeholder());
        return block;
    }

    /** Returns the fields of the ESP block {@link #esp} writes for a payload of {@code payloadLength} bytes, at offset 0. */
    static EspFields espFields(SecurityAssociation sa, int payloadLength, FrameOptions options) {
        int alignment = sa.parameters().conf().alignment();
        int padding = padLength(payloadLength, alignment, options.extraPadding());
        if (padding > 255) {
            throw new IllegalArgumentException("padding of " + padding + " bytes; Pad Length holds at most 255");
        }
        return EspFields.at(0, sa.parameters().conf().ivLength(), payloadLength + padding + 2, sa.parameters().integrity().icvLength());
    }

    /** Returns the 8-byte UDP header of UDP-ESP: ports, length, checksum 0 (RFC 3948 over IPv4). */
    static byte[] udp(int sourcePort, int destinationPort, int payloadLength) {
        byte[] header = new byte[8];
        Wire.put16(header, 0, sourcePort);
        Wire.put16(header, 2, destinationPort);
        Wire.put16(header, 4, 8 + payloadLength);
        return header;
    }
}
