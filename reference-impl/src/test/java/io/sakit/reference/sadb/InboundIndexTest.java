package io.sakit.reference.sadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The inbound index agrees with a map after any sequence of puts and removes, through growth and backward shifts. */
class InboundIndexTest {

    private static Bundle bundle(int spi) {
        return new Bundle(spi, Sas.transport(Direction.INBOUND, Filter.ANY, Sas.esp(spi, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1)), false, 0, new KeyStore());
    }

    @Test
    @DisplayName("random puts and removes leave the index, and its filter of present keys, equal to a map of the same keys")
    void agreesWithAMap() {
        Random random = new Random(3);
        InboundIndex index = new InboundIndex();
        Map<Long, Bundle> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            int spi = random.nextInt(5_000);
            int destination = random.nextInt(4) == 0 ? 0 : random.nextInt(3);
            long key = InboundIndex.key(spi, destination);
            if (expected.containsKey(key) && random.nextBoolean()) {
                index.remove(spi, destination);
                expected.remove(key);
            } else if (!expected.containsKey(key)) {
                Bundle bundle = bundle(spi);
                index.put(spi, destination, bundle);
                expected.put(key, bundle);
            }
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (int spi = 0; spi < 5_000; spi++) {
            for (int destination = 0; destination < 3; destination++) {
                assertThat(index.get(spi, destination)).isSameAs(expected.get(InboundIndex.key(spi, destination)));
                assertThat(index.contains(spi, destination)).isEqualTo(expected.containsKey(InboundIndex.key(spi, destination)));
            }
        }
    }

    @Test
    @DisplayName("find prefers the exact destination, falls back to the wildcard, and finds nothing once the wildcard is removed")
    void findsExactThenWildcard() {
        InboundIndex index = new InboundIndex();
        Bundle exact = bundle(7);
        Bundle wildcard = bundle(7);
        index.put(7, 0x0A000001, exact);
        assertThat(index.find(7, 0x0A000002)).isNull();
        index.put(7, 0, wildcard);
        assertThat(index.find(7, 0x0A000001)).isSameAs(exact);
        assertThat(index.find(7, 0x0A000002)).isSameAs(wildcard);
        index.remove(7, 0);
        assertThat(index.find(7, 0x0A000002)).isNull();
    }

    @Test
    @DisplayName("a second put of a key is refused and clear empties the index")
    void refusesDuplicatesAndClears() {
        InboundIndex index = new InboundIndex();
        index.put(1, 2, bundle(1));
        assertThatThrownBy(() -> index.put(1, 2, bundle(1))).isInstanceOf(IllegalStateException.class);
        index.clear();
        assertThat(index.size()).isZero();
        assertThat(index.get(1, 2)).isNull();
        index.put(1, 2, bundle(1));
        assertThat(index.size()).isEqualTo(1);
    }
}
