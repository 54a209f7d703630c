package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiveAhTest {

    private final Harness harness = Harness.everything();

    private static byte[] routerChanges(byte[] received) {
        byte[] changed = received.clone();
        changed[1] = (byte) 0xB8;
        changed[6] ^= 0x40;
        changed[8] = 1;
        changed[10] ^= 0x5A;
        changed[11] ^= 0x21;
        return changed;
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    @DisplayName("RX-AH-001: transport AH verifies, also after TOS, DF, TTL and checksum changed in transit; bytes unchanged")
    void transportAh(IntegrityAlgorithm integrity) {
        SecurityAssociation ah = Sas.ah(0x6101, integrity);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, ah));
        byte[] received = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
        Protect.ah(received, 0, received.length, ah);
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, received);
        byte[] changed = routerChanges(received);
        Expect.oneLayer(harness.receive(changed), CryptoStatus.SUCCESS, changed);
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    @DisplayName("RX-AH-001: tunnel AH verifies over the outer header, AH and inner datagram; outer mutable fields may change")
    void tunnelAh(IntegrityAlgorithm integrity) {
        SecurityAssociation ah = Sas.ah(0x6102, integrity);
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, ah));
        byte[] received = Layouts.tunnelAh(ah, Layouts.innerTcp());
        Protect.ah(received, 0, received.length, ah);
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, received);
        byte[] changed = routerChanges(received);
        Expect.oneLayer(harness.receive(changed), CryptoStatus.SUCCESS, changed);
    }

    @Test
    @DisplayName("RX-OPT-001: with IPv4Options, mutable options may change in transit and immutable ones may not")
    void optionsWhenAdvertised() {
        SecurityAssociation ah = Sas.ah(0x6103, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, ah));
        byte[] received = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).options(TransmitAhTest.OPTIONS)
                .payload(Headers.ah(Headers.TCP, 0x6103, 1), Layouts.segment()).build();
        Protect.ah(received, 0, received.length, ah);
        byte[] recordRoute = received.clone();
        recordRoute[23] = 0x0E;
        recordRoute[24] = 0x0A;
        Expect.oneLayer(harness.receive(recordRoute), CryptoStatus.SUCCESS, recordRoute);
        byte[] routerAlert = received.clone();
        routerAlert[30] = 1;
        Expect.oneLayer(harness.receive(routerAlert), CryptoStatus.TRANSPORT_AH_AUTH_FAILED, routerAlert);
        byte[] tail = received.clone();
        tail[34] = 0;
        Expect.oneLayer(harness.receive(tail), CryptoStatus.TRANSPORT_AH_AUTH_FAILED, tail);
    }

    @Test
    @DisplayName("RX-OPT-001, CAP-OPT-001: without IPv4Options a packet with options is unprocessed")
    void optionsWhenNotAdvertised() {
        Harness noOptions = Harness.with(true, false);
        SecurityAssociation ah = Sas.ah(0x6104, IntegrityAlgorithm.MD5);
        noOptions.add(Sas.transport(Direction.INBOUND, Filter.ANY, ah));
        byte[] received = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).options(Octets.hex("01 01 01 00"))
                .payload(Headers.ah(Headers.TCP, 0x6104, 1), Layouts.segment()).build();
        Protect.ah(received, 0, received.length, ah);
        Expect.unprocessed(noOptions.receive(received), received);
    }
}
