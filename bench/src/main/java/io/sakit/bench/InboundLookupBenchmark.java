package io.sakit.bench;

import io.sakit.reference.sadb.Bundle;
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
 * Inbound lookup by (SPI, destination): the reference's open-addressing index against a {@code HashMap<Long, Bundle>}
 * keyed the same way, over random keys of live SAs (goal: 2x at 100k and 1M SAs).
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
    private Map<Long, Bundle> hashMap;
    private int[] spis;
    private int[] destinations;
    private int next;

    @Setup(Level.Trial)
    public void populate() {
        Random random = new Random(size);
        Bundle bundle = SampleBundles.one();
        index = new InboundIndex();
        hashMap = new HashMap<>();
        int[] allSpis = new int[size];
        int[] allDestinations = new int[size];
        for (int i = 0; i < size; i++) {
            allSpis[i] = random.nextInt();
            allDestinations[i] = random.nextInt();
            if (index.get(allSpis[i], allDestinations[i]) == null) {
                index.put(allSpis[i], allDestinations[i], bundle);
                hashMap.put(InboundIndex.key(allSpis[i], allDestinations[i]), bundle);
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
    public Bundle openAddressing() {
        next = (next + 1) & (PROBES - 1);
        return index.find(spis[next], destinations[next]);
    }

    @Benchmark
    public Bundle hashMap() {
        next = (next + 1) & (PROBES - 1);
        return hashMap.get(InboundIndex.key(spis[next], destinations[next]));
    }
}
