package io.sakit.reference.datapath;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReceiveEspTest {

    private static final byte[] IV = Octets.hex("0F 1E 2D 3C 4B 5A 69 78");

    private final Harness harness = Harness.everything();

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("io.sakit.reference.datapath.TransmitEspTest#espAlgorithms")
    @DisplayName("RX-ESP-001, RX-ESP-003, RX-ESP-004: transport ESP is verified, then R is decrypted in place; nothing else changes")
    void transportEsp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        SecurityAssociation esp = Sas.esp(0x6001, conf, integrity);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        byte[] plain = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        byte[] received = plain.clone();
        Protect.esp(received, 20, received.length, esp, IV);
        int r = 28 + conf.ivLength();
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, r, received.length - 12));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("io.sakit.reference.datapath.TransmitEspTest#espAlgorithms")
    @DisplayName("RX-ESP-001, RX-ESP-003: tunnel ESP decrypts the inner datagram in place")
    void tunnelEsp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        SecurityAssociation esp = Sas.esp(0x6002, conf, integrity);
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, esp));
        byte[] plain = Layouts.tunnelEsp(esp, Layouts.innerTcp());
        byte[] received = plain.clone();
        Protect.esp(received, 20, received.length, esp, IV);
        int r = 28 + conf.ivLength();
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, r, received.length - 12));
    }
}
