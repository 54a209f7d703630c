package io.sakit.testkit.vectors;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.Tunnel;
import java.util.List;

/** Valid filters and tunnels the OID request vectors use. */
final class Filters {

    /** 10.1.2.0/24 to host 10.9.0.7, TCP destination port 443. */
    static final Filter WEB = filter("10.1.2.0", "255.255.255.0", "10.9.0.7", "255.255.255.255", 6, 0, 443);
    /** The tunnel 192.0.2.1 to 198.51.100.2. */
    static final Tunnel TUNNEL = tunnel("192.0.2.1", "198.51.100.2");
    /** A UDP-ESP filter: UDP, source and destination port 4500, host 10.9.0.7. */
    static final Filter NAT_T = filter("0.0.0.0", "0.0.0.0", "10.9.0.7", "255.255.255.255", 17, 4500, 4500);

    /** Filters for valid requests, cycled through by index. */
    static final List<Filter> VALID = List.of(
            Filter.ANY,
            WEB,
            filter("172.16.0.0", "255.240.0.0", "0.0.0.0", "0.0.0.0", 17, 500, 500),
            filter("10.1.2.3", "0.0.0.0", "10.9.0.7", "0.0.0.0", 1, 0, 0),
            filter("10.0.0.0", "255.0.0.0", "192.168.1.0", "255.255.255.0", 0, 0, 53),
            filter("0.0.0.0", "255.255.255.0", "203.0.113.9", "255.255.255.255", 17, 4500, 0));

    /** UDP-ESP filters for valid requests, cycled through by index. */
    static final List<Filter> VALID_UDP = List.of(
            filter("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0", 17, 0, 0),
            NAT_T,
            filter("10.1.2.0", "255.255.255.0", "10.9.0.0", "255.255.0.0", 17, 0, 4500));

    private Filters() {
    }

    /** Returns the filter with these dotted-quad fields. */
    static Filter filter(String src, String srcMask, String dst, String dstMask, int protocol, int srcPort, int dstPort) {
        return new Filter(Ipv4.parse(src), Ipv4.parse(srcMask), Ipv4.parse(dst), Ipv4.parse(dstMask), protocol, srcPort, dstPort);
    }

    /** Returns the tunnel between these addresses. */
    static Tunnel tunnel(String src, String dst) {
        return new Tunnel(Ipv4.parse(src), Ipv4.parse(dst));
    }

    /** Returns a filter that only has a destination. */
    static Filter toHost(String dst, String dstMask) {
        return filter("0.0.0.0", "0.0.0.0", dst, dstMask, 0, 0, 0);
    }
}
