package io.sakit.reference.datapath;

import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.sadb.Bundle;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.model.FlowKey;

/**
 * The filter post-check of SPEC.md 11.5 with the header tuple T of 8.3, built from the packet after every
 * processed layer has been verified and decrypted (K9).
 */
final class FilterCheck {

    private FilterCheck() {
    }

    /** Returns whether T exists and the filter of the outer bundle, and of the inner bundle when one was processed, matches it. */
    static boolean matches(byte[] b, Bundle outer, Layer outerLayer, Bundle inner, Layer innerLayer) {
        FlowKey tuple = tuple(b, outerLayer, innerLayer);
        return tuple != null && outer.matches(tuple) && (inner == null || inner.matches(tuple));
    }

    /**
     * Returns T, or null when a tunnel's protected payload is not one well-formed IPv4 datagram announced by
     * Next Header 4 (then no filter matches). Addresses come from the IPv4 header (transport) or the inner one
     * (tunnel); the protocol and ports from the UDP-ESP encapsulation (K16), the innermost processed IPsec
     * header's Next Header and payload (transport, transport over tunnel), or the inner header (tunnel).
     */
    static FlowKey tuple(byte[] b, Layer outer, Layer inner) {
        int header = outer.h;
        int end = outer.e;
        if (outer.shape.tunnel()) {
            header = outer.payloadStart();
            end = outer.payloadEnd(b);
            if (outer.nextHeader(b) != Ipv4Header.PROTOCOL_IPV4 || !Ipv4Header.isWellFormed(b, header, end)) {
                return null;
            }
        }
        int source = Ipv4Header.source(b, header);
        int destination = Ipv4Header.destination(b, header);
        if (outer.shape.udpEsp()) {
            return flow(source, destination, Ipv4Header.PROTOCOL_UDP, b, outer.p, outer.e);
        }
        Layer transport = inner != null ? inner : outer.shape.tunnel() ? null : outer;
        if (transport != null) {
            return flow(source, destination, transport.nextHeader(b), b, transport.payloadStart(), transport.payloadEnd(b));
        }
        int upper = Ipv4Header.hasFragmentOffset(b, header) ? end : Ipv4Header.payloadOffset(b, header);
        return flow(source, destination, Ipv4Header.protocol(b, header), b, upper, end);
    }

    /**
     * Returns the tuple with the ports from the first 4 bytes of the upper-layer data [from, to) when the
     * protocol is TCP or UDP and 4 bytes exist; otherwise with ports 0, which is exactly the rule of 8.3: a
     * filter with a non-zero port never matches port 0, and a filter without ports ignores them.
     */
    private static FlowKey flow(int source, int destination, int protocol, byte[] b, int from, int to) {
        boolean ports = FlowKey.hasPorts(protocol) && to - from >= 4;
        return new FlowKey(source, destination, protocol, ports ? Bytes.u16be(b, from) : 0, ports ? Bytes.u16be(b, from + 2) : 0);
    }
}
