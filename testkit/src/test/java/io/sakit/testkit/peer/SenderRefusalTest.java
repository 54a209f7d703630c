package io.sakit.testkit.peer;

import static io.sakit.testkit.peer.PeerFixtures.TUNNEL;
import static io.sakit.testkit.peer.PeerFixtures.ah;
import static io.sakit.testkit.peer.PeerFixtures.bundle;
import static io.sakit.testkit.peer.PeerFixtures.esp;
import static io.sakit.testkit.peer.PeerFixtures.framed;
import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.packet.Wire;
import org.junit.jupiter.api.Test;

/** Transmits the sender refuses with NDIS_STATUS_INVALID_PACKET and the packet unchanged (SPEC.md 10.1, 10.2, K1). */
class SenderRefusalTest {

    private static final Bundle AH = bundle(Direction.OUTBOUND, Tunnel.NONE, Filter.ANY, ah(0x20));
    private static final Bundle ESP = bundle(Direction.OUTBOUND, Tunnel.NONE, Filter.ANY, esp(0x21, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
    private static final Bundle ESP_TUNNEL = bundle(Direction.OUTBOUND, TUNNEL, Filter.ANY, esp(0x22, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5));

    private static void assertRefused(byte[] packet, Bundles bundles, DataPathFeatures features, String requirement) {
        TransmitResult result = new Sender(IvSource.secureRandom(), features).protect(packet, bundles);
        assertThat(result.status()).isEqualTo(NdisStatus.INVALID_PACKET.code());
        assertThat(result.packet()).isEqualTo(packet);
        assertThat(TransmitLayout.read(packet, bundles, features)).asString().startsWith(requirement);
    }

    @Test
    void aFragmentIsRefused() {
        PlainPacket plain = PeerFixtures.tcp();
        PlainPacket fragment = PlainPacket.of(plain.header().withMutableFields(0, 1, Ipv4Rules.MORE_FRAGMENTS, 64), plain.payload());
        assertRefused(framed(fragment, Bundles.of(ESP)), Bundles.of(ESP), DataPathFeatures.ALL, "TX-FRG-001");
    }

    @Test
    void optionsAreRefusedUnlessAdvertised() {
        byte[] packet = framed(PeerFixtures.tcpWithOptions(), Bundles.of(AH));
        assertRefused(packet, Bundles.of(AH), new DataPathFeatures(false, true), "TX-OPT-001");
        assertThat(new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(packet, Bundles.of(AH)).status()).isEqualTo(NdisStatus.SUCCESS.code());
    }

    @Test
    void aWrongSpiOrProtocolIsRefused() {
        byte[] packet = framed(PeerFixtures.tcp(), Bundles.of(ESP));
        Bundle otherSpi = bundle(Direction.OUTBOUND, Tunnel.NONE, Filter.ANY, esp(0x99, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        assertRefused(packet, Bundles.of(otherSpi), DataPathFeatures.ALL, "TX-SYN-001");
        assertRefused(packet, Bundles.of(AH), DataPathFeatures.ALL, "TX-SYN-001");
    }

    @Test
    void aRegionThatIsNotAMultipleOfTheBlockIsRefused() {
        byte[] packet = framed(PeerFixtures.tcp(), Bundles.of(ESP));
        byte[] longer = java.util.Arrays.copyOf(packet, packet.length + 4);
        Wire.put16(longer, 2, longer.length);
        assertRefused(longer, Bundles.of(ESP), DataPathFeatures.ALL, "TX-SYN-001");
    }

    @Test
    void twoHandlesNeedTheCapabilityAndATransportInsideATunnel() {
        Bundles nested = Bundles.transportOverTunnel(AH, ESP_TUNNEL);
        byte[] packet = framed(PeerFixtures.tcp(), nested);
        assertRefused(packet, nested, new DataPathFeatures(true, false), "CAP-TTC-001");
        assertRefused(packet, Bundles.transportOverTunnel(ESP_TUNNEL, AH), DataPathFeatures.ALL, "TX-HDL-001");
        assertThat(new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(packet, nested).status()).isEqualTo(NdisStatus.SUCCESS.code());
    }

    @Test
    void anInnerTotalLengthPastTheEncryptedRegionIsRefused() {
        Bundles nested = Bundles.transportOverTunnel(AH, ESP_TUNNEL);
        byte[] packet = framed(PeerFixtures.tcp(), nested);
        int inner = 20 + 8 + 8;
        Wire.put16(packet, inner + 2, Wire.u16(packet, inner + 2) + 8);
        assertRefused(packet, nested, DataPathFeatures.ALL, "TX-SYN-001");
    }

    @Test
    void theInnerHeaderFollowsTheSameRules() {
        PlainPacket plain = PeerFixtures.tcp();
        Ipv4Header fragmentHeader = plain.header().withMutableFields(0, 1, 0x0001, 64);
        Bundles nested = Bundles.transportOverTunnel(AH, ESP_TUNNEL);
        assertRefused(framed(PlainPacket.of(fragmentHeader, plain.payload()), nested), nested, DataPathFeatures.ALL, "TX-FRG-001");
    }
}
