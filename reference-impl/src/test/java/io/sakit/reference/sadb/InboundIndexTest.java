package io.sakit.reference.sadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The inbound index agrees with a map after any sequence of puts and removes, through growth and backward shifts, space by space. */
class InboundIndexTest {

    private static final int SPACES = 3;

    @Test
    @DisplayName("random puts and removes in three spaces leave the index, and its filter of present entries, equal to a map of the same entries")
    void agreesWithAMap() {
        Random random = new Random(3);
        InboundIndex index = new InboundIndex(1);
        Map<List<Long>, Integer> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            int space = random.nextInt(SPACES);
            int spi = random.nextInt(5_000);
            int destination = random.nextInt(4) == 0 ? 0 : random.nextInt(3);
            List<Long> entry = List.of((long) space, InboundIndex.key(spi, destination));
            if (expected.containsKey(entry) && random.nextBoolean()) {
                index.remove(space, spi, destination);
                expected.remove(entry);
            } else if (!expected.containsKey(entry)) {
                index.put(space, spi, destination, step);
                expected.put(entry, step);
            }
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (int space = 0; space < SPACES; space++) {
            for (int spi = 0; spi < 5_000; spi++) {
                for (int destination = 0; destination < 3; destination++) {
                    List<Long> entry = List.of((long) space, InboundIndex.key(spi, destination));
                    assertThat(index.get(space, spi, destination)).isEqualTo(expected.getOrDefault(entry, -1));
                    assertThat(index.contains(space, spi, destination)).isEqualTo(expected.containsKey(entry));
                }
            }
        }
    }

    @Test
    @DisplayName("find prefers the exact destination, falls back to the wildcard of its own space only, and finds nothing once it is removed")
    void findsExactThenWildcard() {
        InboundIndex index = new InboundIndex(4);
        int exact = 3;
        int wildcard = 4;
        index.put(InboundIndex.ESP, 7, 0x0A000001, exact);
        assertThat(index.find(InboundIndex.ESP, 7, 0x0A000002)).isEqualTo(-1);
        index.put(InboundIndex.AH, 7, 0, 9);
        assertThat(index.find(InboundIndex.ESP, 7, 0x0A000002)).isEqualTo(-1);
        index.put(InboundIndex.ESP, 7, 0, wildcard);
        assertThat(index.find(InboundIndex.ESP, 7, 0x0A000001)).isEqualTo(exact);
        assertThat(index.find(InboundIndex.ESP, 7, 0x0A000002)).isEqualTo(wildcard);
        index.remove(InboundIndex.ESP, 7, 0);
        assertThat(index.find(InboundIndex.ESP, 7, 0x0A000002)).isEqualTo(-1);
        assertThat(index.find(InboundIndex.AH, 7, 0x0A000002)).isEqualTo(9);
    }

    @Test
    @DisplayName("a second put of an entry is refused, the same SPI and destination in another space is not, and clear empties the index")
    void refusesDuplicatesAndClears() {
        InboundIndex index = new InboundIndex(1);
        index.put(InboundIndex.ESP, 1, 2, 0);
        assertThatThrownBy(() -> index.put(InboundIndex.ESP, 1, 2, 1)).isInstanceOf(IllegalStateException.class);
        index.put(InboundIndex.UDP_ESP, 1, 2, 1);
        assertThat(index.get(InboundIndex.UDP_ESP, 1, 2)).isEqualTo(1);
        index.clear();
        assertThat(index.size()).isZero();
        assertThat(index.get(InboundIndex.ESP, 1, 2)).isEqualTo(-1);
        index.put(InboundIndex.ESP, 1, 2, 0);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("an index sized for a number of entries holds them all")
    void sizedUpFront() {
        InboundIndex index = new InboundIndex(1_000);
        for (int spi = 0; spi < 1_000; spi++) {
            index.put(InboundIndex.ESP, spi, 0, spi);
        }
        for (int spi = 0; spi < 1_000; spi++) {
            assertThat(index.find(InboundIndex.ESP, spi, 5)).isEqualTo(spi);
        }
    }
}
