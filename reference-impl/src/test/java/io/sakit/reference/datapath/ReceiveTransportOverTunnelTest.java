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
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Transport over tunnel on receive (SPEC.md 11.6, K10): NextCryptoDone, inner statuses and both filters. */
class ReceiveTransportOverTunnelTest {

    private static final byte[] OUTER_IV = Octets.hex("F0 E1 D2 C3 B4 A5 96 87");
    private static final byte[] INNER_IV = Octets.hex("13 57 9B DF 02 46 8A CE");

    private final SecurityAssociation outerEsp = Sas.esp(0xA001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation innerEsp = Sas.esp(0xA002, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);

    /** The packet at three stages: as received, with the outer layer decrypted, with both decrypted. */
    private record Stages(byte[] received, byte[] outerDecrypted, byte[] bothDecrypted) {
    }

    private Stages espOverEsp(byte[] plainInner, boolean breakInnerIcv) {
        byte[] protectedInner = plainInner.clone();
        Protect.esp(protectedInner, 20, protectedInner.length, innerEsp, INNER_IV);
        if (breakInnerIcv) {
            protectedInner[protectedInner.length - 2] ^= 1;
        }
        byte[] decryptedInner = Octets.splice(protectedInner, plainInner, 36, plainInner.length - 12);
        byte[] plainOuter = Layouts.tunnelEsp(outerEsp, protectedInner);
        byte[] received = plainOuter.clone();
        Protect.esp(received, 20, received.length, outerEsp, OUTER_IV);
        int end = received.length - 12;
        return new Stages(received, Octets.splice(received, plainOuter, 36, end),
                Octets.splice(received, Layouts.tunnelEsp(outerEsp, decryptedInner), 36, end));
    }

    private Harness harness(boolean transportTunnelCombined, Filter outerFilter, Filter innerFilter) {
        Harness harness = Harness.with(transportTunnelCombined, true);
        harness.add(Sas.tunnel(Direction.INBOUND, outerFilter, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        harness.add(Sas.transport(Direction.INBOUND, innerFilter, innerEsp));
        return harness;
    }

    @Test
    @DisplayName("RX-TTC-001, RX-NXT-001: both layers verified and decrypted: CryptoDone 1, NextCryptoDone 1, CRYPTO_SUCCESS")
    void espOverEsp() {
        Stages stages = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), false);
        Expect.twoLayers(harness(true, Filter.ANY, Filter.ANY).receive(stages.received()), CryptoStatus.SUCCESS, stages.bothDecrypted());
    }

    @Test
    @DisplayName("RX-TTC-001: AH tunnel over AH transport, the inner AH starting right after the outer AH header")
    void ahOverAh() {
        SecurityAssociation outerAh = Sas.ah(0xA003, IntegrityAlgorithm.MD5);
        SecurityAssociation innerAh = Sas.ah(0xA004, IntegrityAlgorithm.SHA1);
        Harness harness = Harness.everything();
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerAh));
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, innerAh));
        byte[] received = Layouts.tunnelAh(outerAh, Layouts.transportAh(innerAh, Layouts.segment(), Headers.TCP));
        Protect.ah(received, 44, received.length, innerAh);
        Protect.ah(received, 0, received.length, outerAh);
        Expect.twoLayers(harness.receive(received), CryptoStatus.SUCCESS, received);
        received[received.length - 1] ^= 1;
        Protect.ah(received, 0, received.length, outerAh);
        Expect.twoLayers(harness.receive(received), CryptoStatus.TRANSPORT_AH_AUTH_FAILED, received);
    }

    @Test
    @DisplayName("11.6, K10: an inner failure gives NextCryptoDone 1, a TRANSPORT status, the outer decryption kept and the inner bytes as received")
    void innerFailures() {
        Stages icv = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), true);
        Expect.twoLayers(harness(true, Filter.ANY, Filter.ANY).receive(icv.received()), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED, icv.outerDecrypted());
        byte[] segment = Layouts.segment();
        int pad = Math.floorMod(-(segment.length + 2), 8);
        byte[] badPad = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B)
                .payload(Headers.espWithPad(0xA002, 8, segment, pad, 240, Headers.TCP, 12)).build();
        Stages padLength = espOverEsp(badPad, false);
        Expect.twoLayers(harness(true, Filter.ANY, Filter.ANY).receive(padLength.received()), CryptoStatus.INVALID_PACKET_SYNTAX,
                padLength.outerDecrypted());
    }

    @Test
    @DisplayName("K10, 11.6: without TransportTunnelCombined, or without an inner transport bundle, only the outer layer counts")
    void innerNotProcessed() {
        Stages stages = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), false);
        Expect.oneLayer(harness(false, Filter.ANY, Filter.ANY).receive(stages.received()), CryptoStatus.SUCCESS, stages.outerDecrypted());
        Harness tunnelOnly = Harness.everything();
        tunnelOnly.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        Expect.oneLayer(tunnelOnly.receive(stages.received()), CryptoStatus.SUCCESS, stages.outerDecrypted());
        Harness outboundInner = Harness.everything();
        outboundInner.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        outboundInner.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, innerEsp));
        Expect.oneLayer(outboundInner.receive(stages.received()), CryptoStatus.SUCCESS, stages.outerDecrypted());
    }

    @Test
    @DisplayName("11.6: an inner fragment, or inner options without IPv4Options, is not processed")
    void ineligibleInnerDatagram() {
        byte[] espBody = Layouts.esp(innerEsp, Layouts.segment(), Headers.TCP);
        Stages fragment = espOverEsp(Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).flags(0x2000).payload(espBody).build(), false);
        Expect.oneLayer(harness(true, Filter.ANY, Filter.ANY).receive(fragment.received()), CryptoStatus.SUCCESS, fragment.outerDecrypted());
        byte[] withOptions = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).options(Octets.hex("01 01 01 00")).payload(espBody).build();
        byte[] protectedInner = withOptions.clone();
        Protect.esp(protectedInner, 24, protectedInner.length, innerEsp, INNER_IV);
        byte[] received = Layouts.tunnelEsp(outerEsp, protectedInner);
        byte[] outerDecrypted = received.clone();
        Protect.esp(received, 20, received.length, outerEsp, OUTER_IV);
        Harness noOptions = Harness.with(true, false);
        noOptions.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        noOptions.add(Sas.transport(Direction.INBOUND, Filter.ANY, innerEsp));
        Expect.oneLayer(noOptions.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, outerDecrypted, 36, received.length - 12));
    }

    @Test
    @DisplayName("11.6: the inner lookup is among transport bundles only: an exact tunnel entry gives way to the wildcard transport entry")
    void innerLookupSkipsTunnelBundles() {
        Stages stages = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), false);
        Harness harness = Harness.everything();
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp));
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.HOST_B, Sas.esp(0xA002, ConfAlgorithm.DES, IntegrityAlgorithm.MD5, 9)));
        Expect.oneLayer(harness.receive(stages.received()), CryptoStatus.SUCCESS, stages.outerDecrypted());
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, innerEsp));
        Expect.twoLayers(harness.receive(stages.received()), CryptoStatus.SUCCESS, stages.bothDecrypted());
    }

    @Test
    @DisplayName("K9, RX-FLT-001: both filters are checked against the end-to-end tuple; either mismatch leaves the packet unprocessed")
    void bothFilters() {
        Stages stages = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), false);
        Filter endToEnd = Sas.hosts(Layouts.HOST_A, Layouts.HOST_B, Headers.TCP, 443);
        Filter otherPort = Sas.hosts(Layouts.HOST_A, Layouts.HOST_B, Headers.TCP, 80);
        Expect.twoLayers(harness(true, endToEnd, endToEnd).receive(stages.received()), CryptoStatus.SUCCESS, stages.bothDecrypted());
        Expect.unprocessed(harness(true, otherPort, endToEnd).receive(stages.received()), stages.received());
        Expect.unprocessed(harness(true, endToEnd, otherPort).receive(stages.received()), stages.received());
        Expect.unprocessed(harness(true, Sas.hosts(Layouts.HOST_A, Layouts.HOST_B, Headers.ESP, 0), Filter.ANY).receive(stages.received()),
                stages.received());
    }

    @Test
    @DisplayName("11.6: an outer failure ends processing: NextCryptoDone 0, bytes as received")
    void outerFailure() {
        Stages stages = espOverEsp(Layouts.transportEsp(innerEsp, Layouts.segment(), Headers.TCP), false);
        byte[] received = stages.received().clone();
        received[received.length - 1] ^= 1;
        Expect.oneLayer(harness(true, Filter.ANY, Filter.ANY).receive(received), CryptoStatus.TUNNEL_ESP_AUTH_FAILED, received);
    }
}
