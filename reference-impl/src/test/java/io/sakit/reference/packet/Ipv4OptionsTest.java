package io.sakit.reference.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Octets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Ipv4OptionsTest {

    @Test
    @DisplayName("9.3: types 0, 1, 130, 133, 134, 148, 149 are immutable; every other type is mutable")
    void classification() {
        Set<Integer> immutable = Set.of(0, 1, 130, 133, 134, 148, 149);
        for (int type = 0; type < 256; type++) {
            assertThat(Ipv4Options.isMutable(type)).as("type %d", type).isEqualTo(!immutable.contains(type));
        }
    }

    @Test
    @DisplayName("9.3: End of Option List extends to the end of the area; No Operation is one byte; others carry a length")
    void extents() {
        byte[] b = Octets.hex("01 07 07 00 00 00 00 00 09 00 00 00");
        assertThat(Ipv4Options.extent(b, 0, 12)).isEqualTo(1);
        assertThat(Ipv4Options.extent(b, 1, 12)).isEqualTo(7);
        assertThat(Ipv4Options.extent(b, 8, 12)).isEqualTo(-1);
        assertThat(Ipv4Options.extent(Octets.hex("00 55 66 77"), 0, 4)).isEqualTo(4);
        assertThat(Ipv4Options.isWellFormed(Octets.hex("00 FF FF FF"), 0, 4)).isTrue();
    }

    @Test
    @DisplayName("9.3, K13: a missing length byte, a length below 2 or an option past the area is malformed")
    void malformedLists() {
        assertThat(Ipv4Options.isWellFormed(Octets.hex("01 01 01 07"), 0, 4)).isFalse();
        assertThat(Ipv4Options.isWellFormed(Octets.hex("07 01 00 00"), 0, 4)).isFalse();
        assertThat(Ipv4Options.isWellFormed(Octets.hex("07 00 00 00"), 0, 4)).isFalse();
        assertThat(Ipv4Options.isWellFormed(Octets.hex("94 05 00 00"), 0, 4)).isFalse();
        assertThat(Ipv4Options.isWellFormed(Octets.hex("94 04 00 00"), 0, 4)).isTrue();
        assertThat(Ipv4Options.isWellFormed(Octets.hex("01 94 02 00"), 0, 4)).isTrue();
    }

    @Test
    @DisplayName("9.3: mutable options are zeroed in full, type and length included; immutable ones and the EOL tail stay")
    void zeroMutable() {
        byte[] b = Octets.hex("94 04 00 00 07 07 08 0A 0B 0C 0D 01 44 06 05 10 11 12 82 03 01 00 EE EE");
        Ipv4Options.zeroMutable(b, 0, b.length);
        assertThat(b).isEqualTo(Octets.hex("94 04 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 82 03 01 00 EE EE"));
    }
}
