package io.sakit.reference.datapath;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.sadb.Bundle;
import io.sakit.reference.sadb.SaDatabase;

/**
 * Finds the inbound bundle of a layer: the IPsec header a packet must carry to be considered (SPEC.md 11.2
 * item 4), the lookup by (SPI, IPsec protocol, destination), exact before wildcard (11.3), the UDP-ESP
 * candidate rules (12.4) and, for the inner datagram of a tunnel, the lookup among plain transport bundles
 * only (11.6). Outbound bundles are never indexed, so never found (RX-LKP-003).
 */
final class InboundLookup {

    private static final int AH_SPI_END = 8;
    private static final int ESP_SPI_END = 4;

    private final SaDatabase database;

    InboundLookup(SaDatabase database) {
        this.database = database;
    }

    /** Returns the bundle for the processable packet {@code b} with its IPv4 header at 0, or null. */
    Bundle outer(byte[] b) {
        int p = Ipv4Header.payloadOffset(b, 0);
        int destination = Ipv4Header.destination(b, 0);
        int protocol = Ipv4Header.protocol(b, 0);
        if (protocol == Ipv4Header.PROTOCOL_UDP) {
            return udpEsp(b, p, destination);
        }
        return hasSpi(protocol, p, b.length) ? database.inbound(protocol, spi(b, protocol, p), destination) : null;
    }

    /** 12.4: a UDP datagram to a parser entry's port whose first four payload bytes (the SPI) are not zero. */
    private Bundle udpEsp(byte[] b, int p, int destination) {
        if (b.length - p < IpsecHeaders.UDP_ESP_MIN_LENGTH) {
            return null;
        }
        int port = IpsecHeaders.udpDestinationPort(b, p);
        int spi = IpsecHeaders.espSpi(b, p + IpsecHeaders.UDP_HEADER_LENGTH);
        return spi != 0 && database.isParserPort(port) ? database.inboundUdpEsp(spi, destination, port) : null;
    }

    /**
     * Returns the plain transport bundle for the processable inner datagram [h, e), or null (11.6). An exact
     * entry that is a tunnel bundle is not in that space, so the wildcard entry, always a transport bundle, is
     * tried in its place.
     */
    Bundle innerTransport(byte[] b, int h, int e) {
        int p = Ipv4Header.payloadOffset(b, h);
        int protocol = Ipv4Header.protocol(b, h);
        if (!hasSpi(protocol, p, e)) {
            return null;
        }
        int spi = spi(b, protocol, p);
        int destination = Ipv4Header.destination(b, h);
        Bundle found = database.inbound(protocol, spi, destination);
        if (found != null && found.isTunnel()) {
            found = destination == 0 ? null : database.inbound(protocol, spi, 0);
        }
        return found == null || found.isTunnel() ? null : found;
    }

    /** 11.2 item 4: protocol 51 with at least 8 bytes after the IPv4 header, or 50 with at least 4. */
    private static boolean hasSpi(int protocol, int p, int e) {
        return protocol == Ipv4Header.PROTOCOL_AH ? e - p >= AH_SPI_END : protocol == Ipv4Header.PROTOCOL_ESP && e - p >= ESP_SPI_END;
    }

    private static int spi(byte[] b, int protocol, int p) {
        return protocol == Ipv4Header.PROTOCOL_AH ? IpsecHeaders.ahSpi(b, p) : IpsecHeaders.espSpi(b, p);
    }
}
