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
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Eligibility (SPEC.md 11.2) and the inbound lookup (11.3). */
class ReceiveLookupTest {

    private static final byte[] IV = Octets.hex("0A 0B 0C 0D 0E 0F 10 11");
    private static final String HOST_C = "10.0.0.3";

    private final Harness harness = Harness.everything();

    private static byte[] espTo(String destination, SecurityAssociation sa) {
        byte[] b = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, destination).payload(Layouts.esp(sa, Layouts.segment(), Headers.TCP)).build();
        Protect.esp(b, 20, b.length, sa, IV);
        return b;
    }

    private void processed(byte[] received, CryptoStatus status) {
        ReceiveResult result = harness.receive(received);
        assertThat(result.info()).isEqualTo(ReceiveInfo.processed(status));
        if (status == CryptoStatus.SUCCESS) {
            assertThat(result.packet()).hasSameSizeAs(received).isNotEqualTo(received);
        } else {
            assertThat(result.packet()).isEqualTo(received);
        }
    }

    @Test
    @DisplayName("RX-LKP-001: an entry for the packet's destination takes precedence over the wildcard entry with the same SPI")
    void exactBeforeWildcard() {
        SecurityAssociation exact = Sas.esp(0x9001, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1, 1);
        SecurityAssociation wildcard = Sas.esp(0x9001, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1, 2);
        harness.add(Sas.transport(Direction.INBOUND, Sas.hosts(Layouts.HOST_A, Layouts.HOST_B), exact));
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, wildcard));
        processed(espTo(Layouts.HOST_B, exact), CryptoStatus.SUCCESS);
        processed(espTo(Layouts.HOST_B, wildcard), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED);
        processed(espTo(HOST_C, wildcard), CryptoStatus.SUCCESS);
        processed(espTo(HOST_C, exact), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED);
    }

    @Test
    @DisplayName("11.3: DestMask 0 or all ones gives an exact lookup destination; any other mask the wildcard")
    void lookupDestinationFromTheMask() {
        SecurityAssociation host = Sas.esp(0x9002, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        SecurityAssociation subnet = Sas.esp(0x9003, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        harness.add(Sas.transport(Direction.INBOUND, new Filter(0, 0, Ipv4.parse(Layouts.HOST_B), -1, 0, 0, 0), host));
        harness.add(Sas.transport(Direction.INBOUND, new Filter(0, 0, Ipv4.parse("10.0.0.0"), Ipv4.parse("255.255.255.0"), 0, 0, 0), subnet));
        processed(espTo(Layouts.HOST_B, host), CryptoStatus.SUCCESS);
        byte[] elsewhere = espTo(HOST_C, host);
        Expect.unprocessed(harness.receive(elsewhere), elsewhere);
        processed(espTo(HOST_C, subnet), CryptoStatus.SUCCESS);
        byte[] outside = espTo("10.0.1.3", subnet);
        Expect.unprocessed(harness.receive(outside), outside);
    }

    @Test
    @DisplayName("11.3, K11: a tunnel bundle is found by DestTunnelAddr; the outer source is not compared")
    void tunnelLookup() {
        SecurityAssociation esp = Sas.esp(0x9004, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, esp));
        for (String source : new String[] {Layouts.GATE_A, "198.51.100.7"}) {
            byte[] received = Datagram.ipv4(Headers.ESP, source, Layouts.GATE_B).payload(Layouts.esp(esp, Layouts.innerTcp(), Headers.IPV4)).build();
            Protect.esp(received, 20, received.length, esp, IV);
            processed(received, CryptoStatus.SUCCESS);
        }
        byte[] otherGate = Datagram.ipv4(Headers.ESP, Layouts.GATE_A, "192.0.2.3").payload(Layouts.esp(esp, Layouts.innerTcp(), Headers.IPV4)).build();
        Protect.esp(otherGate, 20, otherGate.length, esp, IV);
        Expect.unprocessed(harness.receive(otherGate), otherGate);
    }

    @Test
    @DisplayName("RX-LKP-003: an outbound bundle is never used on receive, even when SPI and addresses match")
    void outboundNeverUsed() {
        SecurityAssociation esp = Sas.esp(0x9005, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.OUTBOUND, Sas.hosts(Layouts.HOST_A, Layouts.HOST_B), esp));
        harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        byte[] received = espTo(Layouts.HOST_B, esp);
        Expect.unprocessed(harness.receive(received), received);
    }

    @Test
    @DisplayName("RX-LKP-002: an unknown SPI, or an ESP SPI in an AH header, finds nothing: unprocessed")
    void nothingFound() {
        SecurityAssociation esp = Sas.esp(0x9006, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        byte[] unknown = espTo(Layouts.HOST_B, Sas.esp(0x9007, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        Expect.unprocessed(harness.receive(unknown), unknown);
        byte[] ahWithEspSpi = Layouts.transportAh(Sas.ah(0x9006, IntegrityAlgorithm.SHA1), Layouts.segment(), Headers.TCP);
        Expect.unprocessed(harness.receive(ahWithEspSpi), ahWithEspSpi);
    }

    @Test
    @DisplayName("RX-FRG-001, 11.2: fragments, wrong Total Length, bad headers, short IPsec headers and other protocols are unprocessed")
    void ineligiblePackets() {
        SecurityAssociation esp = Sas.esp(0x9008, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation ah = Sas.ah(0x9009, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, ah));
        byte[] good = espTo(Layouts.HOST_B, esp);
        byte[] moreFragments = good.clone();
        moreFragments[6] = 0x20;
        byte[] offset = good.clone();
        offset[7] = 0x01;
        byte[] longer = Octets.concat(good, new byte[1]);
        byte[] version = good.clone();
        version[0] = 0x65;
        byte[] tcp = good.clone();
        tcp[9] = Headers.TCP;
        byte[] shortEsp = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).payload(Octets.hex("00 00 90")).build();
        byte[] shortAh = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).payload(Arrays.copyOf(Headers.ah(6, 0x9009, 1), 7)).build();
        byte[] ahFragment = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
        Protect.ah(ahFragment, 0, ahFragment.length, ah);
        ahFragment[6] = 0x20;
        for (byte[] received : new byte[][] {moreFragments, offset, longer, version, tcp, shortEsp, shortAh, ahFragment, new byte[0], Arrays.copyOf(good, 19)}) {
            Expect.unprocessed(harness.receive(received), received);
        }
        processed(good, CryptoStatus.SUCCESS);
    }
}
