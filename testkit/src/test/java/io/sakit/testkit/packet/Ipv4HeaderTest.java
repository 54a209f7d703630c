package io.sakit.testkit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.model.Ipv4;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IPv4 headers as the transport builds them (RFC 791, SPEC.md 9.1): IHL, Total Length, checksum, options. */
class Ipv4HeaderTest {

    private static final int SOURCE = Ipv4.parse("10.1.2.3");
    private static final int DESTINATION = Ipv4.parse("10.1.2.4");

    @Test
    void encodingDerivesIhlTotalLengthAndAChecksumThatVerifies() {
        byte[] header = new Ipv4Header(0x10, 0xBEEF, Ipv4Rules.DONT_FRAGMENT, 7, 6, SOURCE, DESTINATION, List.of()).encode(100);
        assertThat(header).hasSize(20);
        assertThat(Wire.u8(header, 0)).isEqualTo(0x45);
        assertThat(Ipv4Rules.totalLength(header, 0)).isEqualTo(120);
        assertThat(Wire.u16(header, 4)).isEqualTo(0xBEEF);
        assertThat(Wire.u16(header, 6)).isEqualTo(0x4000);
        assertThat(Wire.u8(header, 8)).isEqualTo(7);
        assertThat(Ipv4Rules.protocol(header, 0)).isEqualTo(6);
        assertThat(Ipv4Rules.source(header, 0)).isEqualTo(SOURCE);
        assertThat(Ipv4Rules.destination(header, 0)).isEqualTo(DESTINATION);
        assertThat(Checksum.of(header, 0, header.length)).as("a correct header sums to zero").isZero();
    }

    @Test
    void optionsArePaddedWithEndOfListToAMultipleOfFour() {
        Ipv4Header header = Ipv4Header.of(17, SOURCE, DESTINATION).withOptions(List.of(Ipv4Option.noOperation(), Ipv4Option.recordRoute(1)));
        byte[] bytes = header.encode(0);
        assertThat(bytes).hasSize(28);
        assertThat(Ipv4Rules.headerLength(bytes, 0)).isEqualTo(28);
        assertThat(java.util.Arrays.copyOfRange(bytes, 20, 28)).containsExactly(1, 7, 7, 4, 0, 0, 0, 0);
        assertThat(Ipv4Rules.wellFormed(bytes, 0, bytes.length)).isTrue();
        assertThat(Checksum.of(bytes, 0, bytes.length)).isZero();
    }

    @Test
    void moreThanFortyBytesOfOptionsAreRejected() {
        List<Ipv4Option> tooMany = Collections.nCopies(41, Ipv4Option.noOperation());
        assertThatThrownBy(() -> Ipv4Header.of(6, SOURCE, DESTINATION).withOptions(tooMany)).hasMessageContaining("at most 40");
    }

    @Test
    void aDatagramLongerThanTotalLengthCanHoldIsRejected() {
        assertThatThrownBy(() -> Ipv4Header.of(6, SOURCE, DESTINATION).encode(0xFFFF - 19)).hasMessageContaining("65535");
    }

    @Test
    void optionClassesFollowTheTableOfSpec93() {
        assertThat(List.of(0, 1, 130, 133, 134, 148, 149)).allMatch(Ipv4Option::isImmutable);
        assertThat(List.of(7, 68, 131, 137, 2, 255)).noneMatch(Ipv4Option::isImmutable);
        assertThat(Ipv4Option.routerAlert().mutable()).isFalse();
        assertThat(Ipv4Option.timestamp(1).mutable()).isTrue();
    }
}
