package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.sadb.AddResult;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.CryptoStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The UDP-ESP data path of SPEC.md 12.4. */
class UdpEspTest {

    private static final byte[] IV = Octets.hex("21 43 65 87 A9 CB ED 0F");
    private static final Filter UDP = new Filter(0, 0, 0, 0, 17, 0, 0);
    private static final int A = Ipv4.parse(Layouts.HOST_A);
    private static final int B = Ipv4.parse(Layouts.HOST_B);

    private final Harness harness = Harness.everything();
    private final SecurityAssociation esp = Sas.esp(0xB001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);

    private static byte[] received(SecurityAssociation sa, int destinationPort) {
        byte[] b = Layouts.udpEsp(sa, Layouts.HOST_A, Layouts.HOST_B, 4500, destinationPort, Layouts.segment(), Headers.TCP);
        Protect.esp(b, 28, b.length, sa, IV);
        return b;
    }

    private static byte[] decrypted(byte[] received, SecurityAssociation sa) {
        byte[] plain = Layouts.udpEsp(sa, Layouts.HOST_A, Layouts.HOST_B, 4500, 4500, Layouts.segment(), Headers.TCP);
        return Octets.splice(received, plain, 44, received.length - 12);
    }

    @Test
    @DisplayName("UDP-RX-001: ESP at the UDP payload of a parser entry's port is processed; the UDP header is never changed")
    void processedAtTheEntryPort() {
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, esp), 4500);
        byte[] received = received(esp, 4500);
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, decrypted(received, esp));
        byte[] otherPort = received(esp, 4501);
        Expect.unprocessed(harness.receive(otherPort), otherPort);
    }

    @Test
    @DisplayName("12.4, K15: the bundle found must use an entry whose port is the packet's destination port")
    void entryPortMustMatch() {
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, esp), 4500);
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, Sas.esp(0xB002, ConfAlgorithm.DES, IntegrityAlgorithm.MD5)), 4501);
        byte[] wrongEntry = received(esp, 4501);
        Expect.unprocessed(harness.receive(wrongEntry), wrongEntry);
    }

    @Test
    @DisplayName("UDP-RX-001: the non-ESP marker (four zero bytes) and datagrams too short for a SPI are never processed")
    void markerAndKeepalives() {
        SecurityAssociation zero = Sas.esp(0, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, zero), 4500);
        byte[] marker = received(zero, 4500);
        Expect.unprocessed(harness.receive(marker), marker);
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, esp), 4500);
        byte[] keepalive = Datagram.ipv4(Headers.UDP, Layouts.HOST_A, Layouts.HOST_B).payload(Headers.udp(4500, 4500, new byte[] {(byte) 0xFF})).build();
        byte[] elevenBytes = Datagram.ipv4(Headers.UDP, Layouts.HOST_A, Layouts.HOST_B).payload(Headers.udp(4500, 4500, Octets.hex("00 00 B0"))).build();
        Expect.unprocessed(harness.receive(keepalive), keepalive);
        Expect.unprocessed(harness.receive(elevenBytes), elevenBytes);
    }

    @Test
    @DisplayName("12.4: plain and UDP-ESP SAs are separate lookup spaces")
    void separateSpaces() {
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, Sas.esp(0xB003, ConfAlgorithm.DES, IntegrityAlgorithm.MD5)), 4500);
        byte[] udp = received(esp, 4500);
        Expect.unprocessed(harness.receive(udp), udp);
    }

    @Test
    @DisplayName("12.4: CryptoStatus uses the TRANSPORT or TUNNEL value by the bundle's mode")
    void statusesByMode() {
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, esp), 4500);
        SecurityAssociation tunnelEsp = Sas.esp(0xB004, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        harness.addUdpEsp(Sas.tunnel(Direction.INBOUND, UDP, Layouts.GATE_A, Layouts.GATE_B, tunnelEsp), 4500);
        byte[] transport = received(esp, 4500);
        transport[50] ^= 1;
        Expect.oneLayer(harness.receive(transport), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED, transport);
        byte[] tunnel = Layouts.udpEsp(tunnelEsp, Layouts.GATE_A, Layouts.GATE_B, 4500, 4500, Layouts.innerTcp(), Headers.IPV4);
        Protect.esp(tunnel, 28, tunnel.length, tunnelEsp, IV);
        tunnel[tunnel.length - 1] ^= 1;
        Expect.oneLayer(harness.receive(tunnel), CryptoStatus.TUNNEL_ESP_AUTH_FAILED, tunnel);
    }

    @Test
    @DisplayName("K16: the filter's protocol and ports are matched against the UDP header; addresses against the IPv4 header")
    void transportFilter() {
        for (Object[] c : new Object[][] {{new Filter(A, 0, B, 0, 17, 4500, 4500), true}, {new Filter(A, 0, B, 0, 17, 1000, 0), false},
                {new Filter(A, 0, B, 0, 17, 0, 443), false}}) {
            Harness h = Harness.everything();
            h.addUdpEsp(Sas.transport(Direction.INBOUND, (Filter) c[0], esp), 4500);
            byte[] received = received(esp, 4500);
            if ((Boolean) c[1]) {
                Expect.oneLayer(h.receive(received), CryptoStatus.SUCCESS, decrypted(received, esp));
            } else {
                Expect.unprocessed(h.receive(received), received);
            }
        }
    }

    @Test
    @DisplayName("K16, K17: a UDP-ESP tunnel matches inner addresses with the outer UDP ports, and no inner layer follows it")
    void tunnelFilterAndNoInnerLayer() {
        SecurityAssociation tunnelEsp = Sas.esp(0xB005, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation innerEsp = Sas.esp(0xB006, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        byte[] inner = Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP);
        Protect.esp(inner, 20, inner.length, innerEsp, IV);
        byte[] plain = Layouts.udpEsp(tunnelEsp, Layouts.GATE_A, Layouts.GATE_B, 4500, 4500, inner, Headers.IPV4);
        byte[] received = plain.clone();
        Protect.esp(received, 28, received.length, tunnelEsp, IV);
        byte[] outerDecrypted = Octets.splice(received, plain, 44, received.length - 12);
        for (Object[] c : new Object[][] {{new Filter(A, 0, B, 0, 17, 4500, 4500), true}, {new Filter(Ipv4.parse(Layouts.GATE_A), 0, 0, 0, 17, 0, 0), false},
                {new Filter(A, 0, B, 0, 17, 0, 443), false}}) {
            Harness h = Harness.everything();
            h.addUdpEsp(Sas.tunnel(Direction.INBOUND, (Filter) c[0], Layouts.GATE_A, Layouts.GATE_B, tunnelEsp), 4500);
            h.add(Sas.transport(Direction.INBOUND, Filter.ANY, innerEsp));
            if ((Boolean) c[1]) {
                Expect.oneLayer(h.receive(received), CryptoStatus.SUCCESS, outerDecrypted);
            } else {
                Expect.unprocessed(h.receive(received), received);
            }
        }
    }

    @Test
    @DisplayName("K15: an entry marked for removal keeps serving the bundles that still use it")
    void markedEntryKeepsServing() {
        SecurityAssociation other = Sas.esp(0xB007, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        AddResult.Added first = (AddResult.Added) harness.database().addUdpEsp(new UdpEspAddRequest(Sas.transport(Direction.INBOUND, UDP, other),
                UdpEncapType.OTHER, 4500, 0));
        harness.addUdpEsp(Sas.transport(Direction.INBOUND, UDP, esp), 4500);
        assertThat(harness.database().deleteUdpEsp(first.handle(), first.entryHandle())).isEmpty();
        byte[] received = received(esp, 4500);
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, decrypted(received, esp));
    }

    @Test
    @DisplayName("UDP-TX-001: transmit applies ESP after the UDP header and leaves the IPv4 and UDP headers alone, unchecked")
    void transmit() {
        long handle = harness.addUdpEsp(Sas.transport(Direction.OUTBOUND, UDP, esp), 4500);
        byte[] packet = Layouts.udpEsp(esp, Layouts.HOST_A, Layouts.HOST_B, 4500, 4500, Layouts.segment(), Headers.TCP);
        packet[24] = 0;
        packet[25] = 3;
        packet[26] = 0x12;
        byte[] expected = packet.clone();
        Protect.esp(expected, 28, expected.length, esp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, handle), expected);
        SecurityAssociation tunnelEsp = Sas.esp(0xB008, ConfAlgorithm.NONE, IntegrityAlgorithm.MD5);
        long tunnel = harness.addUdpEsp(Sas.tunnel(Direction.OUTBOUND, UDP, Layouts.GATE_A, Layouts.GATE_B, tunnelEsp), 0);
        byte[] tunnelPacket = Layouts.udpEsp(tunnelEsp, Layouts.GATE_A, Layouts.GATE_B, 4500, 4500, Layouts.innerTcp(), Headers.IPV4);
        byte[] tunnelExpected = tunnelPacket.clone();
        Protect.esp(tunnelExpected, 28, tunnelExpected.length, tunnelEsp, Harness.IV);
        Expect.transmitted(harness.transmit(tunnelPacket, tunnel), tunnelExpected);
    }
}
