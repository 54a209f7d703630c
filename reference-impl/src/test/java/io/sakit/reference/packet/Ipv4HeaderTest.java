package io.sakit.reference.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Octets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Ipv4HeaderTest {

    private static byte[] datagram() {
        return Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").payload(new byte[8]).build();
    }

    @Test
    @DisplayName("9.1: a 20-byte header with Total Length equal to the span is well-formed")
    void minimalHeaderIsWellFormed() {
        byte[] b = datagram();
        assertThat(Ipv4Header.isWellFormed(b, 0, b.length)).isTrue();
        assertThat(Ipv4Header.payloadOffset(b, 0)).isEqualTo(20);
        assertThat(Ipv4Header.protocol(b, 0)).isEqualTo(6);
        assertThat(Ipv4Header.source(b, 0)).isEqualTo(0x0A000001);
        assertThat(Ipv4Header.destination(b, 0)).isEqualTo(0x0A000002);
    }

    @Test
    @DisplayName("9.1: spans shorter than 20 bytes, empty packets included, are not well-formed")
    void shortSpansAreNotWellFormed() {
        byte[] b = datagram();
        assertThat(Ipv4Header.isWellFormed(new byte[0], 0, 0)).isFalse();
        assertThat(Ipv4Header.isWellFormed(b, 0, 19)).isFalse();
        assertThat(Ipv4Header.isWellFormed(b, 10, b.length)).isFalse();
    }

    @Test
    @DisplayName("9.1: version other than 4 and IHL below 5 are not well-formed")
    void versionAndIhlAreChecked() {
        byte[] v6 = datagram();
        v6[0] = 0x65;
        byte[] ihl4 = datagram();
        ihl4[0] = 0x44;
        assertThat(Ipv4Header.isWellFormed(v6, 0, v6.length)).isFalse();
        assertThat(Ipv4Header.isWellFormed(ihl4, 0, ihl4.length)).isFalse();
    }

    @Test
    @DisplayName("9.1: a header longer than the span is not well-formed")
    void headerMustFitTheSpan() {
        byte[] b = Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").build();
        b[0] = 0x46;
        assertThat(Ipv4Header.isWellFormed(b, 0, b.length)).isFalse();
    }

    @Test
    @DisplayName("9.1: Total Length must equal the span length, neither more nor less")
    void totalLengthMustEqualTheSpan() {
        byte[] b = datagram();
        Octets.put16(b, 2, b.length + 1);
        assertThat(Ipv4Header.isWellFormed(b, 0, b.length)).isFalse();
        Octets.put16(b, 2, b.length - 1);
        assertThat(Ipv4Header.isWellFormed(b, 0, b.length)).isFalse();
        assertThat(Ipv4Header.isWellFormed(b, 0, b.length - 1)).isTrue();
    }

    @Test
    @DisplayName("9.1: a header inside a span at a non-zero offset is read at that offset")
    void innerHeaderAtAnOffset() {
        byte[] inner = datagram();
        byte[] b = Octets.concat(new byte[7], inner, new byte[5]);
        assertThat(Ipv4Header.isWellFormed(b, 7, 7 + inner.length)).isTrue();
        assertThat(Ipv4Header.isWellFormed(b, 7, b.length)).isFalse();
    }

    @Test
    @DisplayName("9.3, K13: a malformed option list makes the header not well-formed")
    void malformedOptionsAreNotWellFormed() {
        byte[] good = Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").options(Octets.hex("07 03 04 00")).build();
        byte[] bad = Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").options(Octets.hex("07 05 04 00")).build();
        assertThat(Ipv4Header.isWellFormed(good, 0, good.length)).isTrue();
        assertThat(Ipv4Header.hasOptions(good, 0)).isTrue();
        assertThat(Ipv4Header.isWellFormed(bad, 0, bad.length)).isFalse();
    }

    @Test
    @DisplayName("9.1: MF or a non-zero fragment offset is a fragment; DF alone is not")
    void fragments() {
        assertThat(Ipv4Header.isFragment(Datagram.ipv4(6, "1.1.1.1", "2.2.2.2").flags(0x2000).build(), 0)).isTrue();
        assertThat(Ipv4Header.isFragment(Datagram.ipv4(6, "1.1.1.1", "2.2.2.2").flags(0x0001).build(), 0)).isTrue();
        assertThat(Ipv4Header.isFragment(Datagram.ipv4(6, "1.1.1.1", "2.2.2.2").flags(0x4000).build(), 0)).isFalse();
        assertThat(Ipv4Header.hasFragmentOffset(Datagram.ipv4(6, "1.1.1.1", "2.2.2.2").flags(0x2000).build(), 0)).isFalse();
        assertThat(Ipv4Header.hasFragmentOffset(Datagram.ipv4(6, "1.1.1.1", "2.2.2.2").flags(0x0100).build(), 0)).isTrue();
    }

    @Test
    @DisplayName("10.2 rule 1, 11.2: processable means well-formed, not a fragment, options only when allowed")
    void processable() {
        byte[] options = Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").options(Octets.hex("01 01 01 00")).build();
        byte[] fragment = Datagram.ipv4(6, "10.0.0.1", "10.0.0.2").flags(0x2000).build();
        assertThat(Ipv4Header.isProcessable(options, 0, options.length, true)).isTrue();
        assertThat(Ipv4Header.isProcessable(options, 0, options.length, false)).isFalse();
        assertThat(Ipv4Header.isProcessable(fragment, 0, fragment.length, true)).isFalse();
    }
}
