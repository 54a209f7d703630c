package io.sakit.reference.sadb;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key ranges never overlap, and a deleted bundle's range is wiped before the next keys of its length reuse it. */
class KeyStoreTest {

    @Test
    @DisplayName("ranges handed out never overlap, across chunks of growing size")
    void rangesDoNotOverlap() {
        KeyStore store = new KeyStore();
        Map<byte[], TreeMap<Integer, Integer>> taken = new IdentityHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            int length = 16 + i % 49;
            KeyStore.KeyRange range = store.reserve(length);
            assertThat(range.offset() + length).isLessThanOrEqualTo(range.chunk().length);
            TreeMap<Integer, Integer> ranges = taken.computeIfAbsent(range.chunk(), c -> new TreeMap<>());
            Map.Entry<Integer, Integer> before = ranges.floorEntry(range.offset());
            assertThat(before == null || before.getKey() + before.getValue() <= range.offset()).isTrue();
            Integer after = ranges.ceilingKey(range.offset());
            assertThat(after == null || range.offset() + length <= after).isTrue();
            ranges.put(range.offset(), length);
        }
        assertThat(taken.keySet()).allMatch(chunk -> chunk.length < 1 << 22);
    }

    @Test
    @DisplayName("deleting a bundle wipes its keys, and the next keys of that length take its range")
    void deleteWipesAndRecycles() {
        KeyStore store = new KeyStore();
        Bundle bundle = new Bundle(1, Sas.transport(Direction.INBOUND, Filter.ANY, Sas.esp(9, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1)),
                false, 0, store);
        KeyStore.KeyRange next = store.reserve(44);
        bundle.destroy();
        bundle.releaseKeys(store);
        KeyStore.KeyRange recycled = store.reserve(44);
        assertThat(recycled.chunk()).isSameAs(next.chunk());
        assertThat(recycled.offset()).isZero();
        for (int i = 0; i < 44; i++) {
            assertThat(recycled.chunk()[recycled.offset() + i]).isZero();
        }
        assertThat(store.reserve(44).offset()).isEqualTo(next.offset() + 44);
    }
}
