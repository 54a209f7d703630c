package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Jdk;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.transform.RandomIvSource;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransmitEspTest {

    private final Harness harness = Harness.everything();

    static Stream<Arguments> espAlgorithms() {
        return Stream.of(ConfAlgorithm.DES, ConfAlgorithm.TRIPLE_DES, ConfAlgorithm.NONE)
                .flatMap(conf -> Stream.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1).map(integrity -> Arguments.of(conf, integrity)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("espAlgorithms")
    @DisplayName("TX-ESP-001, TX-ESP-002, TX-FRM-001: transport ESP writes the IV, the ciphertext and the ICV of 9.4 and nothing else")
    void transportEsp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        SecurityAssociation esp = Sas.esp(0x1001, conf, integrity);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        byte[] packet = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        byte[] expected = packet.clone();
        Protect.esp(expected, 20, expected.length, esp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("espAlgorithms")
    @DisplayName("TX-ESP-001, TX-FRM-001: tunnel ESP encrypts the whole inner datagram and leaves the outer header alone")
    void tunnelEsp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        SecurityAssociation esp = Sas.esp(0x1002, conf, integrity);
        long handle = harness.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, esp));
        byte[] packet = Layouts.tunnelEsp(esp, Layouts.innerTcp());
        byte[] expected = packet.clone();
        Protect.esp(expected, 20, expected.length, esp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @Test
    @DisplayName("9.4: the input content of the IV and ICV fields is irrelevant")
    void ivAndIcvFieldsAreOverwritten() {
        SecurityAssociation esp = Sas.esp(0x1003, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        byte[] packet = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        byte[] garbage = packet.clone();
        Arrays.fill(garbage, 28, 36, (byte) 0x77);
        Arrays.fill(garbage, garbage.length - 12, garbage.length, (byte) 0x66);
        assertThat(harness.transmit(garbage, handle).packet()).isEqualTo(harness.transmit(packet, handle).packet());
    }

    @Test
    @DisplayName("fixed IvSource: transmit is deterministic")
    void fixedIvIsDeterministic() {
        SecurityAssociation esp = Sas.esp(0x1004, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        byte[] packet = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        assertThat(harness.transmit(packet, handle).packet()).isEqualTo(harness.transmit(packet, handle).packet());
    }

    @Test
    @DisplayName("TX-IV-001, TX-ESP-001: 64 transmits of one packet carry 64 distinct IVs, each decrypting to the plaintext")
    void sixtyFourDistinctIvs() {
        Harness random = new Harness(Harness.EVERYTHING, new RandomIvSource());
        SecurityAssociation esp = Sas.esp(0x1005, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        long handle = random.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        byte[] packet = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        int end = packet.length - 12;
        Set<Long> ivs = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            TransmitResult result = random.transmit(packet, handle);
            byte[] out = result.packet();
            assertThat(result.status()).isEqualTo(NdisStatus.SUCCESS.code());
            byte[] iv = Arrays.copyOfRange(out, 28, 36);
            ivs.add(ByteBuffer.wrap(iv).getLong());
            assertThat(Jdk.cbc(false, ConfAlgorithm.TRIPLE_DES, Sas.confKey(esp), iv, Arrays.copyOfRange(out, 36, end)))
                    .isEqualTo(Arrays.copyOfRange(packet, 36, end));
            assertThat(Arrays.copyOfRange(out, end, out.length))
                    .isEqualTo(Jdk.hmac96(IntegrityAlgorithm.SHA1, Sas.integrityKey(esp), Arrays.copyOfRange(out, 20, end)));
            assertThat(Arrays.copyOfRange(out, 0, 28)).isEqualTo(Arrays.copyOfRange(packet, 0, 28));
        }
        assertThat(ivs).hasSize(64);
    }

    @Test
    @DisplayName("TX-FLT-001: the filter of the outbound bundle is not applied")
    void outboundFilterIsIgnored() {
        SecurityAssociation esp = Sas.esp(0x1006, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Sas.hosts("172.16.0.1", "172.16.0.2", Headers.UDP, 53), esp));
        byte[] packet = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        byte[] expected = packet.clone();
        Protect.esp(expected, 20, expected.length, esp, Harness.IV);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @Test
    @DisplayName("TX-ESP-001: a region of exactly one block and a region with extra padding are both encrypted")
    void regionSizes() {
        SecurityAssociation esp = Sas.esp(0x1007, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        for (byte[] body : new byte[][] {Headers.espWithPad(0x1007, 8, new byte[6], 0, 0, 59, 12), Headers.espWithPad(0x1007, 8, new byte[3], 19, 19, 6, 12)}) {
            byte[] packet = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).payload(body).build();
            byte[] expected = packet.clone();
            Protect.esp(expected, 20, expected.length, esp, Harness.IV);
            Expect.transmitted(harness.transmit(packet, handle), expected);
        }
    }
}
