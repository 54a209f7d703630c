package io.sakit.testkit.packet;

import io.sakit.spec.model.Ipv4;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an IPv4 header the transport chooses; IHL, Total Length and the header checksum are derived
 * when the header is encoded (RFC 791, SPEC.md 9.1). {@code flagsAndOffset} is the 16-bit word at h+6.
 *
 * <p>The options are written in order and the area is padded to a multiple of 4 with zero bytes (End of
 * Option List).
 */
public record Ipv4Header(int tos, int identification, int flagsAndOffset, int ttl, int protocol, int source, int destination,
        List<Ipv4Option> options) {

    /** The largest options area: IHL 15. */
    public static final int MAX_OPTIONS_LENGTH = 40;

    /** Requires byte and word fields in range and options that fit in 40 bytes. */
    public Ipv4Header {
        requireRange(tos, 0xFF, "TOS");
        requireRange(identification, 0xFFFF, "Identification");
        requireRange(flagsAndOffset, 0xFFFF, "flags and fragment offset");
        requireRange(ttl, 0xFF, "TTL");
        requireRange(protocol, 0xFF, "Protocol");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        int optionsLength = options.stream().mapToInt(Ipv4Option::encodedLength).sum();
        if (optionsLength > MAX_OPTIONS_LENGTH) {
            throw new IllegalArgumentException("options of " + optionsLength + " bytes; at most " + MAX_OPTIONS_LENGTH + " fit in a header");
        }
    }

    private static void requireRange(int value, int max, String field) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " " + value + " out of range 0.." + max);
        }
    }

    /** Returns a header without options: TOS 0, Identification 1, no flags, TTL 64. */
    public static Ipv4Header of(int protocol, int source, int destination) {
        return new Ipv4Header(0, 1, 0, 64, protocol, source, destination, List.of());
    }

    /** Returns this header with another Protocol. */
    public Ipv4Header withProtocol(int newProtocol) {
        return new Ipv4Header(tos, identification, flagsAndOffset, ttl, newProtocol, source, destination, options);
    }

    /** Returns this header with other TOS, Identification, flags and fragment offset, and TTL. */
    public Ipv4Header withMutableFields(int newTos, int newIdentification, int newFlagsAndOffset, int newTtl) {
        return new Ipv4Header(newTos, newIdentification, newFlagsAndOffset, newTtl, protocol, source, destination, options);
    }

    /** Returns this header with other options. */
    public Ipv4Header withOptions(List<Ipv4Option> newOptions) {
        return new Ipv4Header(tos, identification, flagsAndOffset, ttl, protocol, source, destination, newOptions);
    }

    /** Returns the encoded header length 4·IHL: 20 plus the options padded to a multiple of 4. */
    public int length() {
        int optionsLength = options.stream().mapToInt(Ipv4Option::encodedLength).sum();
        return Ipv4Rules.MIN_HEADER_LENGTH + (optionsLength + 3) / 4 * 4;
    }

    /**
     * Returns the encoded header for a datagram carrying {@code payloadLength} bytes after it, with IHL, Total
     * Length and a correct header checksum.
     *
     * @throws IllegalArgumentException when the datagram would exceed 65535 bytes
     */
    public byte[] encode(int payloadLength) {
        int totalLength = length() + payloadLength;
        if (totalLength > 0xFFFF) {
            throw new IllegalArgumentException("datagram of " + totalLength + " bytes; Total Length holds at most 65535");
        }
        byte[] header = new byte[length()];
        header[0] = (byte) (0x40 | length() / 4);
        header[1] = (byte) tos;
        Wire.put16(header, 2, totalLength);
        Wire.put16(header, 4, identification);
        Wire.put16(header, 6, flagsAndOffset);
        header[8] = (byte) ttl;
        header[9] = (byte) protocol;
        Wire.put32(header, 12, source);
        Wire.put32(header, 16, destination);
        writeOptions(header);
        Wire.put16(header, 10, Checksum.of(header, 0, header.length));
        return header;
    }

    private void writeOptions(byte[] header) {
        int offset = Ipv4Rules.MIN_HEADER_LENGTH;
        for (Ipv4Option option : options) {
            option.writeTo(header, offset);
            offset += option.encodedLength();
        }
    }

    @Override
    public String toString() {
        String opts = options.isEmpty() ? "" : " options " + options;
        return "IPv4[" + Ipv4.format(source) + " -> " + Ipv4.format(destination) + " proto " + protocol + String.format(" tos 0x%02X id %d frag 0x%04X ttl %d",
                tos, identification, flagsAndOffset, ttl) + opts + "]";
    }
}
