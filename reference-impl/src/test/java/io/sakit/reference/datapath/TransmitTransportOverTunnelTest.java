package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransmitTransportOverTunnelTest {

    private static final Filter UDP = new Filter(0, 0, 0, 0, 17, 0, 0);

    private final Harness harness = Harness.everything();
    private final SecurityAssociation innerEsp = Sas.esp(0x4001, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
    private final SecurityAssociation outerEsp = Sas.esp(0x4002, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation innerAh = Sas.ah(0x4003, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation outerAh = Sas.ah(0x4004, IntegrityAlgorithm.MD5);

    private long transport(SecurityAssociation... sas) {
        return harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, sas));
    }

    private long tunnel(SecurityAssociation... sas) {
        return harness.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, sas));
    }

    @Test
    @DisplayName("TX-TTC-001: ESP over ESP: the transport bundle protects the inner datagram, then the tunnel bundle encrypts it")
    void espOverEsp() {
        byte[] inner = Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP);
        byte[] packet = Layouts.tunnelEsp(outerEsp, inner);
        byte[] expected = packet.clone();
        Protect.esp(expected, 36 + 20, 36 + inner.length, innerEsp, Harness.IV);
        Protect.esp(expected, 20, expected.length, outerEsp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, transport(innerEsp), tunnel(outerEsp)), expected);
    }

    @Test
    @DisplayName("TX-TTC-001: AH over AH: the outer AH ICV covers the finished inner AH ICV")
    void ahOverAh() {
        byte[] inner = Layouts.transportAh(innerAh, Layouts.segment(), Headers.TCP);
        byte[] packet = Layouts.tunnelAh(outerAh, inner);
        byte[] expected = packet.clone();
        Protect.ah(expected, 44, expected.length, innerAh);
        Protect.ah(expected, 0, expected.length, outerAh);
        Expect.transmitted(harness.transmit(packet, transport(innerAh), tunnel(outerAh)), expected);
    }

    @Test
    @DisplayName("TX-TTC-001: ESP over AH and AH over ESP")
    void mixed() {
        byte[] innerA = Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP);
        byte[] packetA = Layouts.tunnelAh(outerAh, innerA);
        byte[] expectedA = packetA.clone();
        Protect.esp(expectedA, 64, expectedA.length, innerEsp, Harness.IV);
        Protect.ah(expectedA, 0, expectedA.length, outerAh);
        Expect.transmitted(harness.transmit(packetA, transport(innerEsp), tunnel(outerAh)), expectedA);
        byte[] innerB = Layouts.transportAh(innerAh, Layouts.segment(), Headers.TCP);
        byte[] packetB = Layouts.tunnelEsp(outerEsp, innerB);
        byte[] expectedB = packetB.clone();
        Protect.ah(expectedB, 36, 36 + innerB.length, innerAh);
        Protect.esp(expectedB, 20, expectedB.length, outerEsp, Harness.IV);
        Expect.transmitted(harness.transmit(packetB, transport(innerAh), tunnel(outerEsp)), expectedB);
    }

    @Test
    @DisplayName("TX-TTC-001: ESP-then-AH bundle over ESP-then-AH bundle, applied inner ESP, inner AH, outer ESP, outer AH")
    void bundleOverBundle() {
        SecurityAssociation innerBundleEsp = Sas.esp(0x4005, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1);
        SecurityAssociation outerBundleEsp = Sas.esp(0x4006, ConfAlgorithm.DES, IntegrityAlgorithm.NONE);
        byte[] inner = Layouts.transportBundle(innerBundleEsp, innerAh, Layouts.segment(), Headers.TCP);
        byte[] packet = Layouts.tunnelBundle(outerBundleEsp, outerAh, inner);
        int start = 44 + 16;
        byte[] expected = packet.clone();
        Protect.esp(expected, start + 44, start + inner.length, innerBundleEsp, Harness.IV);
        Protect.ah(expected, start, start + inner.length, innerAh);
        Protect.esp(expected, 44, expected.length, outerBundleEsp, Harness.IV);
        Protect.ah(expected, 0, expected.length, outerAh);
        Expect.transmitted(harness.transmit(packet, transport(innerBundleEsp, innerAh), tunnel(outerBundleEsp, outerAh)), expected);
    }

    @Test
    @DisplayName("10.2: after an ESP tunnel the inner datagram ends at its Total Length, before extra padding")
    void innerDatagramEndsAtItsTotalLength() {
        byte[] inner = Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP);
        int pad = 8 - (inner.length + 2) % 8 + 16;
        byte[] packet = Datagram.ipv4(Headers.ESP, Layouts.GATE_A, Layouts.GATE_B)
                .payload(Headers.espWithPad(0x4002, 8, inner, pad, pad, Headers.IPV4, 12)).build();
        byte[] expected = packet.clone();
        Protect.esp(expected, 36 + 20, 36 + inner.length, innerEsp, Harness.IV);
        Protect.esp(expected, 20, expected.length, outerEsp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, transport(innerEsp), tunnel(outerEsp)), expected);
    }

    @Test
    @DisplayName("10.2: an inner datagram may fill R up to Pad Length and Next Header (Total Length L − 2), not one byte more")
    void innerDatagramMayFillTheRegion() {
        byte[] inner = Layouts.transportAh(innerAh, Headers.tcp(1000, 443, new byte[6]), Headers.TCP);
        byte[] packet = Datagram.ipv4(Headers.ESP, Layouts.GATE_A, Layouts.GATE_B).payload(Headers.espWithPad(0x4002, 8, inner, 0, 0, Headers.IPV4, 12))
                .build();
        byte[] expected = packet.clone();
        Protect.ah(expected, 36, 36 + inner.length, innerAh);
        Protect.esp(expected, 20, expected.length, outerEsp, Harness.IV);
        long transport = transport(innerAh);
        long tunnel = tunnel(outerEsp);
        Expect.transmitted(harness.transmit(packet, transport, tunnel), expected);
        byte[] longer = packet.clone();
        longer[36 + 3] += 1;
        Expect.refused(harness.transmit(longer, transport, tunnel), longer);
    }

    @Test
    @DisplayName("CAP-TTC-001: without TransportTunnelCombined a non-zero NextOffloadHandle is refused, unchanged")
    void refusedWithoutTheCapability() {
        Harness plain = Harness.with(false, true);
        long transport = plain.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, innerEsp));
        long tunnel = plain.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        byte[] packet = Layouts.tunnelEsp(outerEsp, Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP));
        Expect.refused(plain.transmit(packet, transport, tunnel), packet);
    }

    @Test
    @DisplayName("TX-HDL-001: the pair must be a plain transport bundle then a live outbound plain tunnel bundle")
    void handlePairsAreChecked() {
        byte[] packet = Layouts.tunnelEsp(outerEsp, Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP));
        long transport = transport(innerEsp);
        long tunnel = tunnel(outerEsp);
        long otherTransport = transport(Sas.esp(0x4002, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1));
        long otherTunnel = tunnel(Sas.esp(0x4001, ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        long inboundTunnel = harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        long udpTunnel = harness.addUdpEsp(Sas.tunnel(Direction.OUTBOUND, UDP, Layouts.GATE_A, Layouts.GATE_B, outerEsp), 4500);
        long udpTransport = harness.addUdpEsp(Sas.transport(Direction.OUTBOUND, UDP, innerEsp), 4500);
        long deletedTunnel = tunnel(outerEsp);
        harness.database().delete(deletedTunnel);
        Expect.refused(harness.transmit(packet, transport, otherTransport), packet);
        Expect.refused(harness.transmit(packet, otherTunnel, tunnel), packet);
        Expect.refused(harness.transmit(packet, transport, inboundTunnel), packet);
        Expect.refused(harness.transmit(packet, transport, udpTunnel), packet);
        Expect.refused(harness.transmit(packet, udpTransport, tunnel), packet);
        Expect.refused(harness.transmit(packet, transport, deletedTunnel), packet);
        Expect.refused(harness.transmit(packet, transport, 0x7777_0000_0001L), packet);
        Expect.refused(harness.transmit(packet, 0, tunnel), packet);
        byte[] expected = packet.clone();
        Protect.esp(expected, 56, 36 + Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP).length, innerEsp, Harness.IV);
        Protect.esp(expected, 20, expected.length, outerEsp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, transport, tunnel), expected);
    }

    @Test
    @DisplayName("TX-SYN-001, TX-FRG-001, TX-OPT-001: the inner datagram and the transport bundle's headers are checked")
    void innerLayoutIsChecked() {
        long transport = transport(innerEsp);
        long tunnel = tunnel(outerEsp);
        Harness noOptions = Harness.with(true, false);
        long transportNoOptions = noOptions.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, innerEsp));
        long tunnelNoOptions = noOptions.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        byte[] espBody = Layouts.esp(innerEsp, Layouts.segment(), Headers.TCP);
        byte[] fragment = Layouts.tunnelEsp(outerEsp, Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).flags(0x2000).payload(espBody).build());
        byte[] options = Layouts.tunnelEsp(outerEsp, Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B)
                .options(new byte[] {1, 1, 1, 0}).payload(espBody).build());
        byte[] wrongSpi = Layouts.tunnelEsp(outerEsp, Layouts.transportEsp(Sas.esp(0x4999, ConfAlgorithm.DES, IntegrityAlgorithm.MD5),
                Layouts.segment(), Headers.TCP));
        byte[] tooLong = Layouts.tunnelEsp(outerEsp, Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP));
        tooLong[36 + 3] += 8;
        byte[] notIpv4 = Layouts.tunnelEsp(outerEsp, Layouts.esp(innerEsp, Layouts.segment(), Headers.TCP));
        for (byte[] packet : new byte[][] {fragment, wrongSpi, tooLong, notIpv4}) {
            Expect.refused(harness.transmit(packet, transport, tunnel), packet);
        }
        Expect.refused(noOptions.transmit(options, transportNoOptions, tunnelNoOptions), options);
        byte[] expected = options.clone();
        Protect.esp(expected, 36 + 24, 36 + 24 + espBody.length, innerEsp, Harness.IV);
        Protect.esp(expected, 20, expected.length, outerEsp, Harness.IV);
        Expect.transmitted(harness.transmit(options, transport, tunnel), expected);
    }
}
