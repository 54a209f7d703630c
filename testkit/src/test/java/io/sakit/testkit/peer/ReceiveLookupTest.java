package io.sakit.testkit.peer;

import static io.sakit.testkit.peer.PeerFixtures.DESTINATION;
import static io.sakit.testkit.peer.PeerFixtures.SOURCE;
import static io.sakit.testkit.peer.PeerFixtures.TUNNEL;
import static io.sakit.testkit.peer.PeerFixtures.ah;
import static io.sakit.testkit.peer.PeerFixtures.bundle;
import static io.sakit.testkit.peer.PeerFixtures.esp;
import static io.sakit.testkit.peer.PeerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.packet.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Eligibility, lookup, the filter post-check, UDP-ESP candidates and transport over tunnel (SPEC.md 11.2 to 11.6, 12.4). */
class ReceiveLookupTest {

    private static final Filter TCP_443 = new Filter(0, 0, 0, 0, 6, 0, 443);

    @Test
    void anExactLookupDestinationWinsOverTheWildcard() {
        Bundle wildcardAh = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, ah(0x10, 77));
        Bundle exactAh = bundle(Direction.INBOUND, Tunnel.NONE, new Filter(0, 0, DESTINATION, 0, 0, 0, 0), ah(0x10));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(exactAh));
        Bundle otherKeyAh = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, PeerFixtures.esp(0x10, ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        assertThat(new Receiver(List.of(wildcardAh, exactAh), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        assertThat(new Receiver(List.of(wildcardAh), DataPathFeatures.ALL).receive(packet).info())
                .as("the wildcard bundle has another AH key, so its ICV fails").isEqualTo(ReceiveInfo.processed(CryptoStatus.TRANSPORT_AH_AUTH_FAILED));
        assertThat(new Receiver(List.of(otherKeyAh), DataPathFeatures.ALL).receive(packet).info()).as("an ESP SA is not found for AH").isEqualTo(ReceiveInfo.UNPROCESSED);
    }

    @Test
    void outboundBundlesAreNeverUsedOnReceive() {
        Bundle outbound = bundle(Direction.OUTBOUND, Tunnel.NONE, Filter.ANY, ah(0x11));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(outbound));
        assertThat(new Receiver(List.of(outbound), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
    }

    @Test
    void duplicateInboundKeysAreRefused() {
        Bundle first = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, ah(0x12));
        assertThatThrownBy(() -> new Receiver(List.of(first, first), DataPathFeatures.ALL)).hasMessageContaining("ADD-DUP-001");
    }

    @Test
    void aFilterMismatchLeavesThePacketUnprocessedAndAsReceived() {
        Bundle matching = bundle(Direction.INBOUND, Tunnel.NONE, TCP_443, esp(0x13, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        Bundle other = bundle(Direction.INBOUND, Tunnel.NONE, new Filter(0, 0, 0, 0, 6, 0, 80), esp(0x13, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(matching));
        assertThat(new Receiver(List.of(matching), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        ReceiveResult mismatch = new Receiver(List.of(other), DataPathFeatures.ALL).receive(packet);
        assertThat(mismatch.info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        assertThat(mismatch.packet()).as("not decrypted").isEqualTo(packet);
    }

    @Test
    void aTunnelFilterIsAppliedToTheInnerHeader() {
        Filter innerHosts = new Filter(SOURCE, 0, DESTINATION, 0, 6, 1234, 443);
        Bundle tunnel = bundle(Direction.INBOUND, TUNNEL, innerHosts, esp(0x14, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(tunnel));
        assertThat(new Receiver(List.of(tunnel), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        Filter outerHosts = new Filter(TUNNEL.source(), 0, TUNNEL.destination(), 0, 0, 0, 0);
        Bundle outerFiltered = bundle(Direction.INBOUND, TUNNEL, outerHosts, esp(0x14, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5));
        assertThat(new Receiver(List.of(outerFiltered), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
    }

    @Test
    void udpEspIsProcessedOnlyOnItsPortAndNeverForTheIkeMarker() {
        Filter udp = new Filter(0, 0, 0, 0, 17, 0, 0);
        Bundle udpEsp = new Bundle(new AddSaRequest(udp, Tunnel.NONE, Direction.INBOUND, List.of(esp(0x15, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1))), 4500);
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.of(udpEsp));
        assertThat(new Receiver(List.of(udpEsp), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        Bundle otherPort = new Bundle(udpEsp.request(), 4501);
        assertThat(new Receiver(List.of(otherPort), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        byte[] marker = packet.clone();
        Wire.put32(marker, 28, 0);
        assertThat(new Receiver(List.of(udpEsp), DataPathFeatures.ALL).receive(marker).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
    }

    @Test
    void theInnerLayerIsProcessedOnlyWithTransportTunnelCombined() {
        Bundle transport = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, ah(0x16));
        Bundle tunnel = bundle(Direction.INBOUND, TUNNEL, new Filter(0, 0, 0, 0, 0, 0, 0), esp(0x17, ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        byte[] packet = sent(PeerFixtures.tcp(), Bundles.transportOverTunnel(transport, tunnel));
        assertThat(new Receiver(List.of(transport, tunnel), DataPathFeatures.ALL).receive(packet).info()).isEqualTo(ReceiveInfo.processedBoth(CryptoStatus.SUCCESS));
        assertThat(new Receiver(List.of(transport, tunnel), new DataPathFeatures(true, false)).receive(packet).info())
                .as("without the capability only the tunnel counts").isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        assertThat(new Receiver(List.of(tunnel), DataPathFeatures.ALL).receive(packet).info())
                .as("without an inner bundle only the tunnel counts").isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
    }

    @Test
    void aTunnelWhosePayloadIsNotADatagramMatchesNoFilter() {
        Bundle tunnel = bundle(Direction.INBOUND, TUNNEL, Filter.ANY, esp(0x18, ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        Bundle transportShaped = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, esp(0x18, ConfAlgorithm.DES, IntegrityAlgorithm.MD5));
        byte[] transportFramed = new Framer(FrameOptions.DEFAULT).frame(PeerFixtures.tcp().bytes(), Bundles.of(transportShaped)).packet();
        Wire.put32(transportFramed, 16, TUNNEL.destination());
        byte[] packet = new Sender(IvSource.seededForTests(3), DataPathFeatures.ALL).protect(transportFramed, Bundles.of(tunnel)).packet();
        assertThat(new Receiver(List.of(tunnel), DataPathFeatures.ALL).receive(packet).info()).as("Next Header 6, not 4").isEqualTo(ReceiveInfo.UNPROCESSED);
    }

    @Test
    void packetsThatAreNotIpsecAreUnprocessed() {
        byte[] plain = PeerFixtures.tcp().bytes();
        Bundle any = bundle(Direction.INBOUND, Tunnel.NONE, Filter.ANY, ah(0x19));
        Receiver receiver = new Receiver(List.of(any), DataPathFeatures.ALL);
        assertThat(receiver.receive(plain).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        assertThat(receiver.receive(new byte[0]).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        assertThat(Ipv4.format(DESTINATION)).isEqualTo("192.0.2.2");
    }
}
