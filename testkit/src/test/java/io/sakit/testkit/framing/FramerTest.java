package io.sakit.testkit.framing;

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
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the framer's padding rule (SPEC.md 9.4), its layout description and its refusals. */
class FramerTest {

    private static final byte[] DATAGRAM = PlainPacket.of(Ipv4Header.of(0, Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.2")),
            new Payload.Raw(47, Octets.zeros(5))).bytes();

    private static Bundle esp(ConfAlgorithm conf, Tunnel tunnel) {
        SecurityAssociation sa = new SecurityAssociation(new SaParameters(Operation.ENCRYPT, 7, conf, IntegrityAlgorithm.MD5),
                KeyMaterial.copyOf(distinctBytes(conf.keyLength())), KeyMaterial.copyOf(new byte[16]));
        return Bundle.plain(new AddSaRequest(Filter.ANY, tunnel, Direction.OUTBOUND, List.of(sa)));
    }

    private static byte[] distinctBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 2);
        }
        return bytes;
    }

    @Test
    void paddingFillsTheRegionToTheBlockWithOneTwoThree() {
        byte[] framed = new Framer(FrameOptions.DEFAULT).frame(DATAGRAM, Bundles.of(esp(ConfAlgorithm.DES, Tunnel.NONE))).packet();
        int r = 20 + 8 + 8;
        assertThat(framed).hasSize(r + 8 + 12);
        assertThat(java.util.Arrays.copyOfRange(framed, r, r + 8)).as("5 payload bytes, padding 01, Pad Length 1, Next Header 47")
                .containsExactly(0, 0, 0, 0, 0, 1, 1, 47);
    }

    @Test
    void nullEncryptionAlignsTheRegionToFourBytes() {
        Framed framed = new Framer(FrameOptions.DEFAULT).frame(DATAGRAM, Bundles.of(esp(ConfAlgorithm.NONE, Tunnel.NONE)));
        EspFields esp = framed.layout().layers().get(0).esp().orElseThrow();
        assertThat(esp.iv().isEmpty()).isTrue();
        assertThat(esp.encrypted()).isEqualTo(new Span(28, 8));
        assertThat(framed.packet()[esp.padLengthOffset()]).isEqualTo((byte) 1);
    }

    @Test
    void theLayoutDescriptionNamesEveryFieldTheAdapterMayWrite() {
        Framed framed = new Framer(FrameOptions.DEFAULT).frame(DATAGRAM, Bundles.of(esp(ConfAlgorithm.TRIPLE_DES, new Tunnel(1, 2))));
        assertThat(framed.layout().fields()).containsExactly(new Field(FieldKind.IV, 0, new Span(28, 8)),
                new Field(FieldKind.ENCRYPTED, 0, new Span(36, 32)), new Field(FieldKind.ESP_ICV, 0, new Span(68, 12)));
        assertThat(framed.layout().mayChange(27)).isFalse();
        assertThat(framed.layout().mayChange(28)).isTrue();
        assertThat(framed.layout().describe()).contains("ESP at 20 IV [28, 36) R [36, 68) ICV [68, 80)");
    }

    @Test
    void extraPaddingMustKeepTheAlignmentAndFitInPadLength() {
        Bundles des = Bundles.of(esp(ConfAlgorithm.DES, Tunnel.NONE));
        assertThatThrownBy(() -> new Framer(FrameOptions.DEFAULT.withExtraPadding(4)).frame(DATAGRAM, des)).hasMessageContaining("multiple of the alignment 8");
        assertThat(new Framer(FrameOptions.DEFAULT.withExtraPadding(248)).frame(DATAGRAM, des).packet()).hasSize(20 + 16 + 256 + 12);
        assertThatThrownBy(() -> new FrameOptions(1, 256, 0, 4500, 64, List.of())).hasMessageContaining("255");
    }

    @Test
    void aDatagramThatIsNotWellFormedIsNotFramed() {
        byte[] truncated = java.util.Arrays.copyOf(DATAGRAM, DATAGRAM.length - 1);
        assertThatThrownBy(() -> new Framer(FrameOptions.DEFAULT).frame(truncated, Bundles.of(esp(ConfAlgorithm.DES, Tunnel.NONE))))
                .hasMessageContaining("well-formed");
    }
}
