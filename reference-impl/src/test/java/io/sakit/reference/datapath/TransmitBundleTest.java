package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransmitBundleTest {

    private final Harness harness = Harness.everything();

    static Stream<Arguments> bundles() {
        return Stream.of(Arguments.of(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1, IntegrityAlgorithm.MD5),
                Arguments.of(ConfAlgorithm.DES, IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1),
                Arguments.of(ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1, IntegrityAlgorithm.SHA1),
                Arguments.of(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.MD5),
                Arguments.of(ConfAlgorithm.DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.SHA1));
    }

    @ParameterizedTest(name = "ESP {0}/{1} then AH {2}")
    @MethodSource("bundles")
    @DisplayName("TX-BND-001: ESP is applied first, then the AH ICV covers the ciphertext and ESP ICV (transport)")
    void transportBundle(ConfAlgorithm conf, IntegrityAlgorithm espIntegrity, IntegrityAlgorithm ahIntegrity) {
        SecurityAssociation esp = Sas.esp(0x3001, conf, espIntegrity);
        SecurityAssociation ah = Sas.ah(0x3002, ahIntegrity);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp, ah));
        byte[] packet = Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP);
        byte[] expected = packet.clone();
        Protect.esp(expected, 44, expected.length, esp, Harness.IV);
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @ParameterizedTest(name = "ESP {0}/{1} then AH {2}")
    @MethodSource("bundles")
    @DisplayName("TX-BND-001: ESP is applied first, then the AH ICV covers the ciphertext and ESP ICV (tunnel)")
    void tunnelBundle(ConfAlgorithm conf, IntegrityAlgorithm espIntegrity, IntegrityAlgorithm ahIntegrity) {
        SecurityAssociation esp = Sas.esp(0x3003, conf, espIntegrity);
        SecurityAssociation ah = Sas.ah(0x3004, ahIntegrity);
        long handle = harness.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, esp, ah));
        byte[] packet = Layouts.tunnelBundle(esp, ah, Layouts.innerTcp());
        byte[] expected = packet.clone();
        Protect.esp(expected, 44, expected.length, esp, Harness.IV);
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }
}
