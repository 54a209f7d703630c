package io.sakit.testkit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Option parsing of SPEC.md 9.3 and K13, and the well-formedness rules of 9.1 that depend on it. */
class OptionListTest {

    /** Returns a 20-byte header plus {@code options} (a multiple of 4) with IHL and Total Length set. */
    private static byte[] header(int... options) {
        byte[] bytes = new byte[20 + options.length];
        bytes[0] = (byte) (0x40 | bytes.length / 4);
        Wire.put16(bytes, 2, bytes.length);
        for (int i = 0; i < options.length; i++) {
            bytes[20 + i] = (byte) options[i];
        }
        return bytes;
    }

    @Test
    void optionsAreReadInSequenceWithTheirExtents() {
        byte[] bytes = header(1, 148, 4, 0, 0, 7, 7, 4, 0, 0, 0, 0);
        assertThat(OptionList.parse(bytes, 0)).contains(List.of(new OptionList.Extent(20, 1, 1), new OptionList.Extent(21, 4, 148),
                new OptionList.Extent(25, 7, 7)));
    }

    @Test
    void endOfOptionListCoversTheRestOfTheArea() {
        byte[] bytes = header(1, 0, 99, 99);
        assertThat(OptionList.parse(bytes, 0)).contains(List.of(new OptionList.Extent(20, 1, 1), new OptionList.Extent(21, 3, 0)));
        assertThat(Ipv4Rules.wellFormed(bytes, 0, bytes.length)).isTrue();
    }

    @Test
    void aMissingLengthByteIsMalformed() {
        byte[] bytes = header(1, 1, 1, 7);
        assertThat(OptionList.parse(bytes, 0)).isEmpty();
        assertThat(Ipv4Rules.wellFormed(bytes, 0, bytes.length)).isFalse();
    }

    @Test
    void aLengthBelowTwoIsMalformed() {
        assertThat(OptionList.parse(header(7, 1, 0, 0), 0)).isEmpty();
    }

    @Test
    void anOptionRunningPastTheAreaIsMalformed() {
        assertThat(OptionList.parse(header(7, 5, 4, 0), 0)).isEmpty();
    }

    @Test
    void wellFormednessChecksVersionIhlTotalLengthAndSpan() {
        byte[] good = header();
        assertThat(Ipv4Rules.wellFormed(good, 0, 20)).isTrue();
        byte[] version6 = good.clone();
        version6[0] = 0x65;
        assertThat(Ipv4Rules.wellFormed(version6, 0, 20)).isFalse();
        byte[] shortIhl = good.clone();
        shortIhl[0] = 0x44;
        assertThat(Ipv4Rules.wellFormed(shortIhl, 0, 20)).isFalse();
        byte[] longIhl = good.clone();
        longIhl[0] = 0x46;
        assertThat(Ipv4Rules.wellFormed(longIhl, 0, 20)).isFalse();
        byte[] wrongLength = good.clone();
        Wire.put16(wrongLength, 2, 21);
        assertThat(Ipv4Rules.wellFormed(wrongLength, 0, 20)).isFalse();
        assertThat(Ipv4Rules.wellFormed(new byte[19], 0, 19)).isFalse();
    }

    @Test
    void fragmentsAreMoreFragmentsOrANonZeroOffset() {
        byte[] bytes = header();
        assertThat(Ipv4Rules.isFragment(bytes, 0)).isFalse();
        Wire.put16(bytes, 6, Ipv4Rules.DONT_FRAGMENT);
        assertThat(Ipv4Rules.isFragment(bytes, 0)).isFalse();
        Wire.put16(bytes, 6, Ipv4Rules.MORE_FRAGMENTS);
        assertThat(Ipv4Rules.isFragment(bytes, 0)).isTrue();
        Wire.put16(bytes, 6, 1);
        assertThat(Ipv4Rules.isFragment(bytes, 0)).isTrue();
    }
}
