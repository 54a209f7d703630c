package io.sakit.testkit.vectors;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Tunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Filter matching by construction: protocol, ports, port byte order and tunnel SAs (FLT-MAT-004 to 007). */
final class ProtocolMatchCases {

    private ProtocolMatchCases() {
    }

    private static Filter proto(int protocol, int srcPort, int dstPort) {
        return FilterMatchCases.with(0, 0, 0, 0, protocol, srcPort, dstPort);
    }

    private static FlowKey packet(int protocol, int srcPort, int dstPort) {
        return FilterMatchCases.flow("10.1.2.5", "192.0.2.7", protocol, srcPort, dstPort);
    }

    /** Returns, per protocol, a packet of that protocol and one of a neighbouring protocol. */
    static List<FilterCase> protocols() {
        List<FilterCase> cases = new ArrayList<>();
        int[][] pairs = {{6, 17}, {17, 6}, {1, 2}, {50, 51}, {51, 50}, {47, 4}, {255, 254}};
        for (int[] pair : pairs) {
            cases.add(FilterCase.of("Protocol " + pair[0] + ", packet protocol " + pair[0], FilterFlag.PROTOCOL_EQUALITY, proto(pair[0], 0, 0),
                    packet(pair[0], 0, 0), true));
            cases.add(FilterCase.of("Protocol " + pair[0] + ", packet protocol " + pair[1], FilterFlag.PROTOCOL_EQUALITY, proto(pair[0], 0, 0),
                    packet(pair[1], 0, 0), false));
        }
        return cases;
    }

    /** Returns the cases where ports meet packets with and without ports. */
    static List<FilterCase> ports() {
        List<FilterCase> cases = new ArrayList<>();
        Filter dns = proto(0, 0, 53);
        int[][] packets = {{17, 53, 1}, {6, 53, 1}, {6, 54, 0}, {17, 54, 0}, {1, 0, 1}, {50, 0, 1}, {47, 0, 1}, {255, 0, 1}};
        for (int[] p : packets) {
            boolean hasPorts = FlowKey.hasPorts(p[0]);
            FlowKey key = hasPorts ? packet(p[0], 5353, p[1]) : packet(p[0], 0, 0);
            cases.add(FilterCase.of("Protocol 0, DestPort 53; packet protocol " + p[0] + (hasPorts ? ", DestPort " + p[1] : " (no ports)"),
                    FilterFlag.PORTS_ONLY_TCP_UDP, dns, key, p[2] == 1));
        }
        Filter ike = proto(0, 500, 0);
        cases.add(FilterCase.of("Protocol 0, SrcPort 500; AH packet", FilterFlag.PORTS_ONLY_TCP_UDP, ike, packet(51, 0, 0), true));
        cases.add(FilterCase.of("Protocol 0, SrcPort 500; UDP from port 501", FilterFlag.PORTS_ONLY_TCP_UDP, ike, packet(17, 501, 500), false));
        cases.add(FilterCase.of("Protocol 17, DestPort 4500; TCP to port 4500", FilterFlag.PORTS_ONLY_TCP_UDP, proto(17, 0, 4500),
                packet(6, 1, 4500), false));
        return cases;
    }

    /** Returns ports whose byte-swapped value is another port. */
    static List<FilterCase> byteOrder() {
        return List.of(
                FilterCase.of("TCP DestPort 258 (bytes 01 02), packet port 258", FilterFlag.PORT_BYTE_ORDER, proto(6, 0, 0x0102), packet(6, 9, 0x0102),
                        true),
                FilterCase.of("TCP DestPort 258 (bytes 01 02), packet port 513 (bytes 02 01)", FilterFlag.PORT_BYTE_ORDER, proto(6, 0, 0x0102),
                        packet(6, 9, 0x0201), false),
                FilterCase.of("UDP SrcPort 4500 (bytes 11 94), packet port 4500", FilterFlag.PORT_BYTE_ORDER, proto(17, 4500, 0), packet(17, 4500, 9),
                        true),
                FilterCase.of("UDP SrcPort 4500 (bytes 11 94), packet port 37905 (bytes 94 11)", FilterFlag.PORT_BYTE_ORDER, proto(17, 4500, 0),
                        packet(17, 0x9411, 9), false),
                FilterCase.of("TCP DestPort 443 (bytes 01 BB), packet port 47873 (bytes BB 01)", FilterFlag.PORT_BYTE_ORDER, proto(6, 0, 443),
                        packet(6, 9, 0xBB01), false),
                FilterCase.of("Protocol 0, SrcPort 255 (bytes 00 FF), UDP packet port 65280 (bytes FF 00)", FilterFlag.PORT_BYTE_ORDER,
                        proto(0, 0x00FF, 0), packet(17, 0xFF00, 9), false));
    }

    /** Returns tunnel SAs whose filter must be applied to the inner header. */
    static List<FilterCase> tunnels() {
        Tunnel tunnel = Filters.tunnel("198.51.100.1", "198.51.100.2");
        Filter inner = Filters.filter("10.1.2.0", "255.255.255.0", "10.9.0.7", "255.255.255.255", 6, 0, 443);
        Filter outer = Filters.filter("198.51.100.1", "255.255.255.255", "198.51.100.2", "255.255.255.255", 0, 0, 0);
        Filter esp = Filters.filter("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0", 50, 0, 0);
        List<FilterCase> cases = new ArrayList<>();
        cases.add(inTunnel("inner 10.1.2.5 -> 10.9.0.7 TCP 443 meets the filter", tunnel, inner, FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 6, 9, 443),
                true));
        cases.add(inTunnel("inner destination 10.9.0.8 misses the filter", tunnel, inner, FilterMatchCases.flow("10.1.2.5", "10.9.0.8", 6, 9, 443), false));
        cases.add(inTunnel("filter naming the tunnel endpoints, inner header elsewhere", tunnel, outer,
                FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 6, 9, 443), false));
        cases.add(inTunnel("filter naming the tunnel endpoints, inner header between the same addresses", tunnel, outer,
                FilterMatchCases.flow("198.51.100.1", "198.51.100.2", 17, 9, 9), true));
        cases.add(inTunnel("filter Protocol 50 (the outer header's ESP), inner TCP", tunnel, esp, FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 6, 9, 443),
                false));
        cases.add(inTunnel("filter Protocol 6, inner TCP (outer ESP)", tunnel, proto(6, 0, 0), FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 6, 9, 443),
                true));
        cases.add(inTunnel("filter DestPort 443, inner UDP to 443", tunnel, proto(0, 0, 443), FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 17, 9, 443),
                true));
        cases.add(inTunnel("filter DestAddr 198.51.100.2 (the tunnel end), inner destination 10.9.0.7", tunnel,
                Filters.toHost("198.51.100.2", "255.255.255.255"), FilterMatchCases.flow("10.1.2.5", "10.9.0.7", 1, 0, 0), false));
        return cases;
    }

    private static FilterCase inTunnel(String comment, Tunnel tunnel, Filter filter, FlowKey inner, boolean match) {
        return new FilterCase("tunnel 198.51.100.1 -> 198.51.100.2: " + comment, FilterFlag.TUNNEL_INNER_HEADER, filter, Optional.of(tunnel), inner,
                match);
    }
}
