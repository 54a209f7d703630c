package io.sakit.testkit.peer;

import static io.sakit.testkit.peer.PeerFixtures.DESTINATION;
import static io.sakit.testkit.peer.PeerFixtures.ah;
import static io.sakit.testkit.peer.PeerFixtures.esp;
import static io.sakit.testkit.peer.PeerFixtures.inbound;
import static io.sakit.testkit.peer.PeerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.packet.Wire;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The steps of SPEC.md 11.4 one at a time on an ESP-then-AH transport bundle whose header carries Router Alert and
 * Record Route (offsets: IPv4 0..35 with Router Alert at 20, Record Route at 24, End of List at 35; AH 36..59; ESP from 60).
 */
class ReceiveStepsTest {

    private static final SecurityAssociation ESP = esp(0x300, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5);
    private static final SecurityAssociation AH = ah(0x301);
    private static final Bundle BUNDLE = inbound(ESP, AH);
    private static final byte[] SENT = sent(PeerFixtures.tcpWithOptions(), Bundles.of(BUNDLE));

    private static ReceiveResult receive(byte[] packet) {
        return new Receiver(List.of(BUNDLE), DataPathFeatures.ALL).receive(packet);
    }

    @ParameterizedTest(name = "byte {0} ^ {1} ({2}): {3}")
    @CsvSource({
        "1, 0x01, TOS is mutable, SUCCESS",
        "6, 0x40, DF is mutable, SUCCESS",
        "8, 0x01, TTL is mutable, SUCCESS",
        "10, 0x01, checksum is mutable, SUCCESS",
        "26, 0x01, Record Route pointer is mutable, SUCCESS",
        "29, 0x01, Record Route data is mutable, SUCCESS",
        "4, 0x01, Identification is immutable, TRANSPORT_AH_AUTH_FAILED",
        "13, 0x01, source address is immutable, TRANSPORT_AH_AUTH_FAILED",
        "23, 0x01, Router Alert value is immutable, TRANSPORT_AH_AUTH_FAILED",
        "36, 0x01, AH Next Header in a bundle, INVALID_PROTOCOL",
        "37, 0x01, AH Payload Len, INVALID_PACKET_SYNTAX",
        "39, 0x01, AH Reserved, TRANSPORT_AH_AUTH_FAILED",
        "47, 0x01, AH sequence number, TRANSPORT_AH_AUTH_FAILED",
        "54, 0x01, AH ICV, TRANSPORT_AH_AUTH_FAILED",
        "63, 0x01, ESP SPI in a bundle, INVALID_PROTOCOL",
        "67, 0x01, ESP sequence number under AH, TRANSPORT_AH_AUTH_FAILED",
        "0, 0x01, IHL no longer fits the options, UNPROCESSED",
        "3, 0x01, Total Length, UNPROCESSED",
        "6, 0x20, MF makes a fragment, UNPROCESSED",
        "9, 0x01, Protocol 50 finds no ESP SA, UNPROCESSED",
        "19, 0x01, destination no longer the exact lookup destination, UNPROCESSED",
        "43, 0x01, AH SPI finds no SA, UNPROCESSED",
    })
    void eachHeaderByteIsCheckedByTheRightStep(int offset, String mask, String field, String expected) {
        byte[] corrupted = SENT.clone();
        corrupted[offset] ^= (byte) Integer.decode(mask).intValue();
        ReceiveResult result = receive(corrupted);
        if (expected.equals("UNPROCESSED")) {
            assertThat(result.info()).as(field).isEqualTo(ReceiveInfo.UNPROCESSED);
            assertThat(result.packet()).isEqualTo(corrupted);
            return;
        }
        CryptoStatus status = CryptoStatus.valueOf(expected);
        assertThat(result.info()).as(field).isEqualTo(ReceiveInfo.processed(status));
        if (status != CryptoStatus.SUCCESS) {
            assertThat(result.packet()).as("failure leaves the bytes as received").isEqualTo(corrupted);
        }
    }

    @Test
    void optionsAreNotProcessedUnlessAdvertised() {
        ReceiveResult result = new Receiver(List.of(BUNDLE), new DataPathFeatures(false, true)).receive(SENT);
        assertThat(result.info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        assertThat(result.packet()).isEqualTo(SENT);
    }

    @Test
    void mutableFieldsDoNotEnterTheAhIcvButImmutableOnesDo() {
        byte[] zeroedTtl = SENT.clone();
        zeroedTtl[8] = 0;
        assertThat(AhIcv.input(zeroedTtl, 0, zeroedTtl.length, 36)).isEqualTo(AhIcv.input(SENT, 0, SENT.length, 36));
        assertThat(Arrays.copyOfRange(AhIcv.input(SENT, 0, SENT.length, 36), 20, 24)).as("Router Alert kept").containsExactly(0x94, 4, 0, 0);
        assertThat(Arrays.copyOfRange(AhIcv.input(SENT, 0, SENT.length, 36), 24, 36)).as("Record Route zeroed, then End of List").containsOnly(0);
    }

    @Test
    void aBundleFoundThroughItsEspSpiIsInvalidProtocol() {
        byte[] espOnly = sent(PeerFixtures.tcp(), Bundles.of(inbound(esp(0x300, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5))));
        assertThat(receive(espOnly).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.INVALID_PROTOCOL));
    }

    @Test
    void anAhHeaderShorterThan24BytesIsInvalidSyntax() {
        Bundle ahOnly = inbound(ah(0x400));
        byte[] packet = Arrays.copyOf(new byte[] {0x45, 0, 0, 40, 0, 1, 0, 0, 64, 51, 0, 0, (byte) 192, 0, 2, 1, (byte) 192, 0, 2, 2}, 40);
        Wire.put32(packet, 24, 0x400);
        packet[21] = 4;
        assertThat(new Receiver(List.of(ahOnly), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.INVALID_PACKET_SYNTAX));
    }

    @Test
    void anEncryptedRegionThatIsNotAMultipleOfTheBlockIsInvalidSyntax() {
        Bundle espOnly = inbound(esp(0x500, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(espOnly));
        byte[] shorter = Arrays.copyOf(packet, packet.length - 4);
        Wire.put16(shorter, 2, shorter.length);
        assertThat(new Receiver(List.of(espOnly), DataPathFeatures.ALL).receive(shorter).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.INVALID_PACKET_SYNTAX));
    }

    @Test
    void aPadLengthLargerThanTheRegionIsInvalidSyntaxAfterDecryption() {
        Bundle espOnly = inbound(esp(0x600, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        byte[] framed = PeerFixtures.framed(PeerFixtures.tcp(), Bundles.of(espOnly));
        int padLength = framed.length - 12 - 2;
        framed[padLength] = (byte) 250;
        byte[] packet = new Sender(IvSource.seededForTests(1), DataPathFeatures.ALL).protect(framed, Bundles.of(espOnly)).packet();
        ReceiveResult result = new Receiver(List.of(espOnly), DataPathFeatures.ALL).receive(packet);
        assertThat(result.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.INVALID_PACKET_SYNTAX));
        assertThat(result.packet()).as("the decryption is discarded").isEqualTo(packet);
    }

    @Test
    void theTunnelModeSelectsTheTunnelStatuses() {
        Bundle tunnelAh = PeerFixtures.bundle(io.sakit.spec.model.Direction.INBOUND, PeerFixtures.TUNNEL, io.sakit.spec.model.Filter.ANY, ah(0x700));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(tunnelAh));
        packet[packet.length - 1] ^= 1;
        assertThat(new Receiver(List.of(tunnelAh), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.TUNNEL_AH_AUTH_FAILED));
    }

    @Test
    void anExactDestinationAddressIsTheLookupDestination() {
        assertThat(InboundLookup.lookupDestination(BUNDLE)).isEqualTo(DESTINATION);
    }
}
