package io.sakit.testkit.vectors;

import io.sakit.spec.model.Ipv4;
import java.util.ArrayList;
import java.util.List;

/** One fault at a time in the filter and tunnel fields (FLT-VAL-001 to 003, ADD-TUN-001). */
final class FilterFieldCases {

    private FilterFieldCases() {
    }

    /**
     * Returns the cases, built on {@code transport} (a transport request whose filter has addresses and a TCP port)
     * and {@code tunnel} (a tunnel request whose filter is all zero).
     */
    static List<OidCase> all(RequestBytes transport, RequestBytes tunnel) {
        List<OidCase> cases = new ArrayList<>();
        cases.addAll(protocol(tunnel));
        cases.addAll(masks(transport, tunnel));
        cases.addAll(ports(transport, tunnel));
        cases.addAll(tunnels(transport, tunnel));
        return cases;
    }

    private static List<OidCase> protocol(RequestBytes portless) {
        List<OidCase> cases = new ArrayList<>();
        int[] values = {256, 0x106, 0x0600, 0x06000000, 0x80000000, 0xFFFFFFFF};
        for (int value : values) {
            cases.add(Cases.invalid("Protocol " + Cases.hex(Integer.toUnsignedLong(value)), portless.copy().protocol(value), OidFlag.PROTOCOL_ABOVE_255));
        }
        return cases;
    }

    private static List<OidCase> masks(RequestBytes transport, RequestBytes zero) {
        List<OidCase> cases = new ArrayList<>();
        for (String mask : new String[] {"255.0.255.0", "0.255.255.255", "255.255.254.255", "0.0.0.1", "128.0.0.1"}) {
            cases.add(Cases.invalid("SrcMask " + mask + " (SrcAddr 10.1.2.0)", transport.copy().srcMask(Ipv4.parse(mask)), OidFlag.NON_CONTIGUOUS_MASK));
        }
        for (String mask : new String[] {"255.255.255.253", "0.0.255.255"}) {
            cases.add(Cases.invalid("DestMask " + mask + " (DestAddr 10.9.0.7)", transport.copy().destMask(Ipv4.parse(mask)),
                    OidFlag.NON_CONTIGUOUS_MASK));
        }
        cases.add(Cases.invalid("SrcMask 255.0.255.0 with SrcAddr 0", zero.copy().srcMask(Ipv4.parse("255.0.255.0")), OidFlag.NON_CONTIGUOUS_MASK));
        cases.add(Cases.invalid("DestMask 0.255.255.255 with DestAddr 0", zero.copy().destMask(Ipv4.parse("0.255.255.255")),
                OidFlag.NON_CONTIGUOUS_MASK));
        return cases;
    }

    private static List<OidCase> ports(RequestBytes transport, RequestBytes zero) {
        return List.of(
                Cases.invalid("Protocol 1 (ICMP) with DestPort 7", zero.copy().protocol(1).destPort(7), OidFlag.PORT_WITHOUT_TCP_UDP),
                Cases.invalid("Protocol 50 (ESP) with SrcPort 500", zero.copy().protocol(50).srcPort(500), OidFlag.PORT_WITHOUT_TCP_UDP),
                Cases.invalid("Protocol 255 with both ports", zero.copy().protocol(255).srcPort(1).destPort(2), OidFlag.PORT_WITHOUT_TCP_UDP),
                Cases.invalid("Protocol 1 with the DestPort 443 of a TCP filter", transport.copy().protocol(1), OidFlag.PORT_WITHOUT_TCP_UDP));
    }

    private static List<OidCase> tunnels(RequestBytes transport, RequestBytes tunnel) {
        return List.of(
                Cases.invalid("transport request with only SrcTunnelAddr 192.0.2.1", transport.copy().srcTunnel(Ipv4.parse("192.0.2.1")),
                        OidFlag.ONE_TUNNEL_ADDRESS_ZERO),
                Cases.invalid("transport request with only DestTunnelAddr 255.255.255.255", transport.copy().destTunnel(-1),
                        OidFlag.ONE_TUNNEL_ADDRESS_ZERO),
                Cases.invalid("tunnel request with SrcTunnelAddr 0", tunnel.copy().srcTunnel(0), OidFlag.ONE_TUNNEL_ADDRESS_ZERO),
                Cases.invalid("tunnel request with DestTunnelAddr 0", tunnel.copy().destTunnel(0), OidFlag.ONE_TUNNEL_ADDRESS_ZERO),
                Cases.invalid("tunnel request with DestTunnelAddr 0.0.0.1 and SrcTunnelAddr 0", tunnel.copy().srcTunnel(0).destTunnel(1),
                        OidFlag.ONE_TUNNEL_ADDRESS_ZERO));
    }
}
