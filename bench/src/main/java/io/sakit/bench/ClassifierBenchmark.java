package io.sakit.bench;

import io.sakit.reference.classify.FilterTable;
import io.sakit.reference.classify.TupleSpaceClassifier;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Outbound classification: the reference's tuple-space classifier against a first-match linear scan over the
 * same filters, for packets that each match one random SA (goal: 500x at 100k SAs, 2,000x at 1M, 1,000x at 1M
 * with 32 mask patterns).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClassifierBenchmark {

    private static final int FLOWS = 4096;

    @Param({"100000", "1000000"})
    int size;

    @Param({"1", "32"})
    int patterns;

    private TupleSpaceClassifier classifier;
    private Filter[] linear;
    private FlowKey[] flows;
    private int next;

    @Setup(Level.Trial)
    public void populate() {
        Random random = new Random(size * 31L + patterns);
        List<Filter> filters = IntStream.range(0, size).mapToObj(i -> Filters.filter(random, patterns, i)).collect(Collectors.toList());
        FilterTable table = new FilterTable(size);
        classifier = new TupleSpaceClassifier(table);
        for (int id = 0; id < size; id++) {
            table.set(id, filters.get(id));
            classifier.add(id);
        }
        Collections.shuffle(filters, random);
        linear = filters.toArray(new Filter[0]);
        flows = new FlowKey[FLOWS];
        for (int i = 0; i < FLOWS; i++) {
            Filter target = linear[random.nextInt(size)];
            flows[i] = Filters.matching(random, target);
        }
    }

    private FlowKey nextFlow() {
        next = (next + 1) & (FLOWS - 1);
        return flows[next];
    }

    @Benchmark
    public void tupleSpace(Blackhole blackhole) {
        classifier.forEachMatch(nextFlow(), blackhole::consume);
    }

    @Benchmark
    public Filter linearFirstMatch() {
        FlowKey flow = nextFlow();
        for (Filter filter : linear) {
            if (filter.matches(flow)) {
                return filter;
            }
        }
        return null;
    }
}
