package io.sakit.reference.sadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key ranges never overlap, and a released range is wiped before the next keys of its length reuse it. */
class KeyStoreTest {

    @Test
    @DisplayName("ranges handed out never overlap, across chunks of growing size")
    void rangesDoNotOverlap() {
        KeyStore store = new KeyStore();
        Map<byte[], TreeMap<Integer, Integer>> taken = new IdentityHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            int length = 16 + i % 49;
            long locator = store.reserve(length);
            int offset = KeyStore.offset(locator);
            assertThat(offset + length).isLessThanOrEqualTo(store.chunk(locator).length);
            TreeMap<Integer, Integer> ranges = taken.computeIfAbsent(store.chunk(locator), c -> new TreeMap<>());
            Map.Entry<Integer, Integer> before = ranges.floorEntry(offset);
            assertThat(before == null || before.getKey() + before.getValue() <= offset).isTrue();
            Integer after = ranges.ceilingKey(offset);
            assertThat(after == null || offset + length <= after).isTrue();
            ranges.put(offset, length);
        }
        assertThat(taken.keySet()).allMatch(chunk -> chunk.length < 1 << 22);
    }

    @Test
    @DisplayName("releasing a range wipes its keys, and the next keys of that length take it")
    void releaseWipesAndRecycles() {
        KeyStore store = new KeyStore();
        long first = store.reserve(44);
        Arrays.fill(store.chunk(first), KeyStore.offset(first), KeyStore.offset(first) + 44, (byte) 0x5A);
        long next = store.reserve(44);
        store.release(first, 44);
        long recycled = store.reserve(44);
        assertThat(recycled).isEqualTo(first);
        for (int i = 0; i < 44; i++) {
            assertThat(store.chunk(recycled)[KeyStore.offset(recycled) + i]).isZero();
        }
        assertThat(KeyStore.offset(store.reserve(44))).isEqualTo(KeyStore.offset(next) + 44);
    }

    @Test
    @DisplayName("clear wipes every chunk it handed out")
    void clearWipesEveryChunk() {
        KeyStore store = new KeyStore();
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long locator = store.reserve(44);
            Arrays.fill(store.chunk(locator), KeyStore.offset(locator), KeyStore.offset(locator) + 44, (byte) 0x5A);
            chunks.add(store.chunk(locator));
        }
        store.clear();
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).containsOnly(0));
    }
}
