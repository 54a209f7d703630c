package io.sakit.testkit.packet;

import java.util.Objects;

/**
 * The upper-layer data of a plain datagram: a TCP segment, a UDP datagram, an ICMP message or the raw bytes
 * of any protocol. Segments are encoded with correct checksums over the IPv4 pseudo-header.
 */
public sealed interface Payload permits Payload.Tcp, Payload.Udp, Payload.Icmp, Payload.Raw {

    /** Returns the IP protocol number this payload is carried under. */
    int protocol();

    /** Returns the encoded payload for a datagram from {@code source} to {@code destination}. */
    byte[] encode(int source, int destination);

    private static void requirePort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port " + port + " out of range 0..65535");
        }
    }

    /** A TCP segment: 20-byte header (sequence 1, ACK and PSH set, window 65535) and data. */
    record Tcp(int sourcePort, int destinationPort, Octets data) implements Payload {
        /** Requires ports 0..65535 and data. */
        public Tcp {
            requirePort(sourcePort);
            requirePort(destinationPort);
            Objects.requireNonNull(data, "data");
        }

        @Override
        public int protocol() {
            return 6;
        }

        @Override
        public byte[] encode(int source, int destination) {
            byte[] segment = new byte[20 + data.length()];
            Wire.put16(segment, 0, sourcePort);
            Wire.put16(segment, 2, destinationPort);
            Wire.put32(segment, 4, 1);
            segment[12] = 0x50;
            segment[13] = 0x18;
            Wire.put16(segment, 14, 0xFFFF);
            data.copyInto(segment, 20);
            Wire.put16(segment, 16, Checksum.withPseudoHeader(source, destination, protocol(), segment));
            return segment;
        }
    }

    /** A UDP datagram: 8-byte header and data. */
    record Udp(int sourcePort, int destinationPort, Octets data) implements Payload {
        /** Requires ports 0..65535 and data. */
        public Udp {
            requirePort(sourcePort);
            requirePort(destinationPort);
            Objects.requireNonNull(data, "data");
        }

        @Override
        public int protocol() {
            return 17;
        }

        @Override
        public byte[] encode(int source, int destination) {
            byte[] datagram = new byte[8 + data.length()];
            Wire.put16(datagram, 0, sourcePort);
            Wire.put16(datagram, 2, destinationPort);
            Wire.put16(datagram, 4, datagram.length);
            data.copyInto(datagram, 8);
            int checksum = Checksum.withPseudoHeader(source, destination, protocol(), datagram);
            Wire.put16(datagram, 6, checksum == 0 ? 0xFFFF : checksum);
            return datagram;
        }
    }

    /** An ICMP message: type, code, checksum, then the rest (for an echo: identifier, sequence, data). */
    record Icmp(int type, int code, Octets rest) implements Payload {
        /** Requires type and code 0..255. */
        public Icmp {
            if (type < 0 || type > 255 || code < 0 || code > 255) {
                throw new IllegalArgumentException("ICMP type and code are bytes");
            }
            Objects.requireNonNull(rest, "rest");
        }

        @Override
        public int protocol() {
            return 1;
        }

        @Override
        public byte[] encode(int source, int destination) {
            byte[] message = new byte[4 + rest.length()];
            message[0] = (byte) type;
            message[1] = (byte) code;
            rest.copyInto(message, 4);
            Wire.put16(message, 2, Checksum.of(message, 0, message.length));
            return message;
        }
    }

    /** The bytes of any protocol, as they are: GRE, a non-first fragment of TCP, or anything else. */
    record Raw(int protocol, Octets data) implements Payload {
        /** Requires a protocol 0..255 and data. */
        public Raw {
            if (protocol < 0 || protocol > 255) {
                throw new IllegalArgumentException("protocol " + protocol + " out of range 0..255");
            }
            Objects.requireNonNull(data, "data");
        }

        @Override
        public byte[] encode(int source, int destination) {
            return data.toByteArray();
        }
    }
}
