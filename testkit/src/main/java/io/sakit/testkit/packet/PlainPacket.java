package io.sakit.testkit.packet;

import java.util.Objects;

/**
 * A plain IPv4 datagram as the transport builds it before IPsec: a header and its upper-layer payload, the
 * header's Protocol being the payload's (SPEC.md 9.1). The encoded form starts at the IPv4 header (K2).
 */
public record PlainPacket(Ipv4Header header, Payload payload) {

    /** Requires the header's Protocol to name the payload's protocol. */
    public PlainPacket {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
        if (header.protocol() != payload.protocol()) {
            throw new IllegalArgumentException("header Protocol " + header.protocol() + " for a payload of protocol " + payload.protocol());
        }
    }

    /** Returns the datagram of {@code payload} under {@code header}, whose Protocol is set to the payload's. */
    public static PlainPacket of(Ipv4Header header, Payload payload) {
        return new PlainPacket(header.withProtocol(payload.protocol()), payload);
    }

    /** Returns the encoded datagram: header with IHL, Total Length and checksum, then the payload. */
    public byte[] bytes() {
        byte[] data = payload.encode(header.source(), header.destination());
        byte[] head = header.encode(data.length);
        byte[] datagram = new byte[head.length + data.length];
        System.arraycopy(head, 0, datagram, 0, head.length);
        System.arraycopy(data, 0, datagram, head.length, data.length);
        return datagram;
    }

    /** Returns the header tuple of this datagram (SPEC.md 8.3). */
    public HeaderTuple tuple() {
        return HeaderTuple.ofDatagram(bytes(), 0);
    }

    @Override
    public String toString() {
        return header + " " + payload;
    }
}
