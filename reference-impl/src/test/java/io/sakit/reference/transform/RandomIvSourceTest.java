package io.sakit.reference.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RandomIvSourceTest {

    private static long next(IvSource source) {
        byte[] iv = new byte[IvSource.IV_LENGTH];
        source.nextIv(iv, 0);
        return ByteBuffer.wrap(iv).getLong();
    }

    @Test
    @DisplayName("TX-IV-001: 10,000 IVs, more than the buffer holds many times over, are all distinct")
    void ivsAreDistinct() {
        RandomIvSource source = new RandomIvSource();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(next(source))).isTrue();
        }
    }

    @Test
    @DisplayName("TX-IV-001: IVs are random, not a counter: consecutive IVs differ in about half their bits")
    void ivsAreNotACounter() {
        RandomIvSource source = new RandomIvSource();
        long previous = next(source);
        long distance = 0;
        int count = 4_000;
        for (int i = 0; i < count; i++) {
            long current = next(source);
            distance += Long.bitCount(current ^ previous);
            previous = current;
        }
        assertThat((double) distance / count).isBetween(30.0, 34.0);
    }

    @Test
    @DisplayName("TX-IV-001: IVs writes exactly 8 bytes at the offset given")
    void writesEightBytesAtTheOffset() {
        byte[] target = new byte[24];
        for (int attempt = 0; attempt < 8; attempt++) {
            new RandomIvSource().nextIv(target, 8);
        }
        assertThat(target).startsWith(new byte[8]).endsWith(new byte[8]);
    }

    @Test
    @DisplayName("IvSource contract: concurrent threads never receive the same IV")
    void concurrentThreadsGetDistinctIvs() throws Exception {
        RandomIvSource source = new RandomIvSource();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] tasks = new Future<?>[4];
            for (int t = 0; t < tasks.length; t++) {
                tasks[t] = pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        assertThat(seen.add(next(source))).isTrue();
                    }
                });
            }
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(20_000);
    }
}
