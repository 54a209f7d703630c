package io.sakit.bench;

import io.sakit.reference.sadb.InboundIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inbound lookup by (SPI, destination) to the slot of a bundle: the reference's open-addressing index against a
 * {@code HashMap<Long, Integer>} keyed the same way, over random keys of live SAs (goal: 2x at 100k and 1M SAs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class InboundLookupBenchmark {

    private static final int PROBES = 1 << 16;

    @Param({"100000", "1000000"})
    int size;

    private InboundIndex index;
    private Map<Long, Integer> hashMap;
    private int[] spis;
    private int[] destinations;
    private int next;

    @Setup(Level.Trial)
    public void populate() {
        Random random = new Random(size);
        index = new InboundIndex(size);
        hashMap = new HashMap<>();
        int[] allSpis = new int[size];
        int[] allDestinations = new int[size];
        for (int i = 0; i < size; i++) {
            allSpis[i] = random.nextInt();
            allDestinations[i] = random.nextInt();
            if (index.get(InboundIndex.ESP, allSpis[i], allDestinations[i]) < 0) {
                index.put(InboundIndex.ESP, allSpis[i], allDestinations[i], i);
                hashMap.put(InboundIndex.key(allSpis[i], allDestinations[i]), i);
            }
        }
        spis = new int[PROBES];
        destinations = new int[PROBES];
        for (int i = 0; i < PROBES; i++) {
            int k = random.nextInt(size);
            spis[i] = allSpis[k];
            destinations[i] = allDestinations[k];
        }
    }

    @Benchmark
    public int openAddressing() {
        next = (next + 1) & (PROBES - 1);
        return index.find(InboundIndex.ESP, spis[next], destinations[next]);
    }

    @Benchmark
    public Integer hashMap() {
        next = (next + 1) & (PROBES - 1);
        return hashMap.get(InboundIndex.key(spis[next], destinations[next]));
    }
}
