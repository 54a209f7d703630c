package io.sakit.testkit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.framing.Span;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.peer.AhIcv;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.EspCipher;
import io.sakit.testkit.peer.EspIcv;
import io.sakit.testkit.peer.IvSource;
import io.sakit.testkit.peer.Sender;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of transmits that break the order rules (TX-BND-001), use the wrong key, or are not transmittable at all. */
class TransmitVerifierTest {

    private static final byte[] DATAGRAM = PlainPacket.of(Ipv4Header.of(0, Ipv4.parse("10.9.0.1"), Ipv4.parse("10.9.0.2")),
            new Payload.Udp(5000, 53, Octets.hex("000102030405060708090a0b0c0d0e0f10"))).bytes();
    private static final byte[] DES_KEY = HexFormat.of().parseHex("13579bdf02468ace");
    private static final byte[] ESP_MD5_KEY = HexFormat.of().parseHex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0");
    private static final byte[] AH_SHA_KEY = HexFormat.of().parseHex("c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4");

    private static SecurityAssociation esp(byte[] desKey) {
        return new SecurityAssociation(new SaParameters(Operation.ENCRYPT, 0x51, ConfAlgorithm.DES, IntegrityAlgorithm.MD5),
                KeyMaterial.copyOf(desKey), KeyMaterial.copyOf(ESP_MD5_KEY));
    }

    private static final SecurityAssociation AH = new SecurityAssociation(new SaParameters(Operation.AUTHENTICATE, 0x52, ConfAlgorithm.NONE,
            IntegrityAlgorithm.SHA1), KeyMaterial.empty(), KeyMaterial.copyOf(AH_SHA_KEY));
    private static final Bundles BUNDLE = Bundles.of(Bundle.plain(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(esp(DES_KEY), AH))));
    private static final Framed FRAMED = new Framer(FrameOptions.DEFAULT).frame(DATAGRAM, BUNDLE);

    @Test
    void anAhIcvComputedBeforeTheEspTransformBreaksTxBnd001() {
        LayerLayout layer = FRAMED.layout().layers().get(0);
        byte[] swapped = FRAMED.packet();
        byte[] ahFirst = AhIcv.compute(AH, swapped, 0, swapped.length, 20);
        System.arraycopy(ahFirst, 0, swapped, 32, 12);
        EspFields esp = layer.esp().orElseThrow();
        byte[] iv = HexFormat.of().parseHex("0011223344556677");
        System.arraycopy(iv, 0, swapped, esp.iv().offset(), 8);
        EspCipher.encrypt(ConfAlgorithm.DES, KeyMaterial.copyOf(DES_KEY), iv, swapped, esp.encrypted());
        System.arraycopy(EspIcv.compute(esp(DES_KEY), swapped, esp), 0, swapped, esp.icv().offset(), 12);

        Verdict verdict = new TransmitVerifier().verify(FRAMED.packet(), swapped, BUNDLE);
        assertThat(verdict.findings()).containsExactly(new Finding("TX-BND-001", 0, "AH ICV was computed before the ESP transform, not over its result",
                List.of(new Span(32, 12))));
    }

    @Test
    void encryptionUnderAnotherKeyDoesNotDecryptToThePlaintext() {
        byte[] otherKey = HexFormat.of().parseHex("fedcba9876543210");
        Bundles wrongKey = Bundles.of(Bundle.plain(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(esp(otherKey), AH))));
        byte[] transmitted = new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(FRAMED.packet(), wrongKey).packet();
        Verdict verdict = new TransmitVerifier().verify(FRAMED.packet(), transmitted, BUNDLE);
        assertThat(verdict.breaks("TX-ESP-001")).isTrue();
        assertThat(verdict.breaks("TX-AH-001")).as("the AH key is the same, so AH is right over what was sent").isFalse();
        assertThat(verdict.report()).startsWith("does not conform:").contains("encrypted region does not decrypt");
    }

    @Test
    void aReportNeverShowsKeyBytes() {
        byte[] transmitted = FRAMED.packet();
        transmitted[0] ^= 1;
        String report = new TransmitVerifier().verify(FRAMED.packet(), transmitted, BUNDLE).report();
        HexFormat hex = HexFormat.of();
        for (byte[] key : List.of(DES_KEY, ESP_MD5_KEY, AH_SHA_KEY)) {
            assertThat(report.toLowerCase()).doesNotContain(hex.formatHex(key).substring(0, 8));
        }
        assertThat(report).contains("TX-FRM-001 (packet): bytes outside the IV, encrypted-region and ICV fields changed at [[0, 1)]");
    }

    @Test
    void aFramedPacketThatCannotBeTransmittedIsNotJudged() {
        byte[] wrongSpi = FRAMED.packet();
        wrongSpi[27] ^= 1;
        assertThatThrownBy(() -> new TransmitVerifier().verify(wrongSpi, wrongSpi, BUNDLE)).hasMessageContaining("TX-SYN-001");
    }
}
