package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The filter post-check of SPEC.md 11.5 against the tuple of 8.3: a mismatch leaves the packet unprocessed and as received. */
class ReceiveFilterTest {

    private static final byte[] IV = Octets.hex("01 23 45 67 89 AB CD EF");
    private static final int A = Ipv4.parse(Layouts.HOST_A);
    private static final int B = Ipv4.parse(Layouts.HOST_B);

    private final SecurityAssociation esp = Sas.esp(0x8001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation ah = Sas.ah(0x8002, IntegrityAlgorithm.MD5);

    private static Filter filter(int source, int destination, int destinationMask, int protocol, int sourcePort, int destinationPort) {
        return new Filter(source, 0, destination, destinationMask, protocol, sourcePort, destinationPort);
    }

    /** Receives the ESP transport packet carrying {@code upper} (Next Header {@code nextHeader}) under a bundle with {@code filter}. */
    private static void espTransport(Filter filter, byte[] upper, int nextHeader, boolean matches) {
        Harness harness = Harness.everything();
        SecurityAssociation sa = Sas.esp(0x8001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.INBOUND, filter, sa));
        byte[] plain = Layouts.transportEsp(sa, upper, nextHeader);
        byte[] received = plain.clone();
        Protect.esp(received, 20, received.length, sa, IV);
        if (matches) {
            Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, 36, received.length - 12));
        } else {
            Expect.unprocessed(harness.receive(received), received);
        }
    }

    @Test
    @DisplayName("RX-FLT-001, 8.3: transport ESP matches on addresses, the decrypted Next Header and the TCP ports")
    void transportEspTuple() {
        espTransport(filter(A, B, 0, 6, 1000, 443), Layouts.segment(), Headers.TCP, true);
        espTransport(filter(Ipv4.parse("10.0.0.9"), B, 0, 0, 0, 0), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, Ipv4.parse("10.0.1.0"), Ipv4.parse("255.255.255.0"), 0, 0, 0), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, Ipv4.parse("10.0.0.0"), Ipv4.parse("255.255.255.0"), 0, 0, 0), Layouts.segment(), Headers.TCP, true);
        espTransport(filter(A, B, 0, 17, 0, 0), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, B, 0, 50, 0, 0), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, B, 0, 6, 0, 80), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, B, 0, 6, 999, 0), Layouts.segment(), Headers.TCP, false);
        espTransport(filter(A, B, 0, 17, 1000, 443), Headers.udp(1000, 443, new byte[5]), Headers.UDP, true);
    }

    @Test
    @DisplayName("8.3: fewer than 4 bytes of upper-layer data (padding is not upper-layer data) match only a filter without ports; "
            + "ports of other protocols are ignored")
    void missingPorts() {
        espTransport(filter(A, B, 0, 6, 0, 443), new byte[] {0x03, (byte) 0xE8, 0x01}, Headers.TCP, false);
        espTransport(filter(A, B, 0, 6, 0, 0x0101), new byte[] {0x03, (byte) 0xE8, 0x01}, Headers.TCP, false);
        espTransport(filter(A, B, 0, 6, 0, 0), new byte[] {0x03, (byte) 0xE8, 0x01}, Headers.TCP, true);
        espTransport(filter(A, B, 0, 0, 0, 53), Octets.counting(12, 0), Headers.ICMP, true);
        espTransport(filter(A, B, 0, 0, 0, 53), Headers.udp(7, 53, new byte[0]), Headers.UDP, true);
        espTransport(filter(A, B, 0, 0, 0, 53), Headers.udp(7, 54, new byte[0]), Headers.UDP, false);
    }

    @Test
    @DisplayName("8.3: transport AH takes the protocol from AH Next Header and the ports after the AH header")
    void transportAhTuple() {
        for (Object[] c : new Object[][] {{filter(A, B, 0, 6, 1000, 443), true}, {filter(A, B, 0, 51, 0, 0), false}, {filter(A, B, 0, 6, 0, 444), false}}) {
            Harness harness = Harness.everything();
            harness.add(Sas.transport(Direction.INBOUND, (Filter) c[0], ah));
            byte[] received = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
            Protect.ah(received, 0, received.length, ah);
            if ((Boolean) c[1]) {
                Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, received);
            } else {
                Expect.unprocessed(harness.receive(received), received);
            }
        }
    }

    @Test
    @DisplayName("8.3: an ESP-then-AH bundle takes the protocol from the decrypted ESP trailer")
    void bundleTuple() {
        SecurityAssociation bundleEsp = Sas.esp(0x8003, ConfAlgorithm.DES, IntegrityAlgorithm.NONE);
        for (Object[] c : new Object[][] {{filter(A, B, 0, 17, 0, 0), true}, {filter(A, B, 0, 50, 0, 0), false}}) {
            Harness harness = Harness.everything();
            harness.add(Sas.transport(Direction.INBOUND, (Filter) c[0], bundleEsp, ah));
            byte[] plain = Layouts.transportBundle(bundleEsp, ah, Headers.udp(5, 6, new byte[3]), Headers.UDP);
            byte[] received = plain.clone();
            Protect.esp(received, 44, received.length, bundleEsp, IV);
            Protect.ah(received, 0, received.length, ah);
            if ((Boolean) c[1]) {
                Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, 60, received.length));
            } else {
                Expect.unprocessed(harness.receive(received), received);
            }
        }
    }

    /** Receives the ESP tunnel packet carrying {@code inner} under a tunnel bundle with {@code filter}. */
    private void espTunnel(Filter filter, byte[] inner, int nextHeader, boolean matches) {
        Harness harness = Harness.everything();
        harness.add(Sas.tunnel(Direction.INBOUND, filter, Layouts.GATE_A, Layouts.GATE_B, esp));
        byte[] plain = Datagram.ipv4(Headers.ESP, Layouts.GATE_A, Layouts.GATE_B).payload(Layouts.esp(esp, inner, nextHeader)).build();
        byte[] received = plain.clone();
        Protect.esp(received, 20, received.length, esp, IV);
        if (matches) {
            Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, 36, received.length - 12));
        } else {
            Expect.unprocessed(harness.receive(received), received);
        }
    }

    @Test
    @DisplayName("FLT-MAT-007, RX-FLT-001: a tunnel filter applies to the inner header and what follows it, never to the outer header")
    void tunnelTuple() {
        espTunnel(filter(A, B, 0, 6, 1000, 443), Layouts.innerTcp(), Headers.IPV4, true);
        espTunnel(filter(Ipv4.parse(Layouts.GATE_A), Ipv4.parse(Layouts.GATE_B), 0, 0, 0, 0), Layouts.innerTcp(), Headers.IPV4, false);
        espTunnel(filter(A, B, 0, 17, 0, 0), Layouts.innerTcp(), Headers.IPV4, false);
        espTunnel(filter(A, B, 0, 6, 0, 80), Layouts.innerTcp(), Headers.IPV4, false);
        espTunnel(filter(A, B, 0, 50, 0, 0), Layouts.innerTcp(), Headers.IPV4, false);
    }

    @Test
    @DisplayName("K9: a tunnel payload that is not one well-formed IPv4 datagram announced by Next Header 4 matches no filter")
    void tunnelPayloadMustBeOneDatagram() {
        espTunnel(Filter.ANY, Layouts.innerTcp(), 41, false);
        byte[] longer = Layouts.innerTcp();
        longer[3] += 1;
        espTunnel(Filter.ANY, longer, Headers.IPV4, false);
        espTunnel(Filter.ANY, Octets.concat(Layouts.innerTcp(), new byte[1]), Headers.IPV4, false);
        Harness harness = Harness.everything();
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, ah));
        byte[] wrongNextHeader = Datagram.ipv4(Headers.AH, Layouts.GATE_A, Layouts.GATE_B).payload(Headers.ah(Headers.TCP, 0x8002, 1), Layouts.innerTcp())
                .build();
        Protect.ah(wrongNextHeader, 0, wrongNextHeader.length, ah);
        Expect.unprocessed(harness.receive(wrongNextHeader), wrongNextHeader);
    }

    @Test
    @DisplayName("8.3: an inner datagram with a non-zero fragment offset has no ports; with MF alone it has")
    void innerFragments() {
        byte[] offset = Datagram.ipv4(Headers.TCP, Layouts.HOST_A, Layouts.HOST_B).flags(0x0010).payload(Layouts.segment()).build();
        byte[] moreFragments = Datagram.ipv4(Headers.TCP, Layouts.HOST_A, Layouts.HOST_B).flags(0x2000).payload(Layouts.segment()).build();
        espTunnel(filter(A, B, 0, 6, 0, 443), offset, Headers.IPV4, false);
        espTunnel(filter(A, B, 0, 6, 0, 0), offset, Headers.IPV4, true);
        espTunnel(filter(A, B, 0, 6, 0, 443), moreFragments, Headers.IPV4, true);
    }

    @Test
    @DisplayName("11.5: the filter is not checked after a failure: the failure status is indicated")
    void noFilterCheckAfterFailure() {
        Harness harness = Harness.everything();
        harness.add(Sas.transport(Direction.INBOUND, filter(Ipv4.parse("10.9.9.9"), B, 0, 0, 0, 0), esp));
        byte[] received = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        Protect.esp(received, 20, received.length, esp, IV);
        received[received.length - 1] ^= 1;
        Expect.oneLayer(harness.receive(received), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED, received);
    }
}
