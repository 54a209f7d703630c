package io.sakit.bench;

import io.sakit.conformance.adapter.ReferenceOracle;
import io.sakit.conformance.cases.AllCases;
import io.sakit.conformance.execution.ExecutionSettings;
import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.reports.model.Shard;
import io.sakit.spec.capability.AdapterCapabilities;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole suite on the reference implementation through the runner (JUnit Platform engine, worker thread and
 * watchdog, results as report entries) against the same case bodies called directly on the adapter (goal: the
 * runner adds at most 1.2x). The direct calls give each case the seed the runner gives it, so that both run the
 * same generated examples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class RunnerOverheadBenchmark {

    private static final long SEED = 5;
    private static final ExecutionSettings SETTINGS = new ExecutionSettings(SEED, Budget.QUICK, Duration.ofSeconds(5), Duration.ofSeconds(300), "",
            Optional.empty());

    @Benchmark
    public Object throughTheRunner() {
        return Runner.run(new RunRequest("reference", List.of(), Budget.QUICK, OptionalLong.of(SEED), List.of(), Shard.WHOLE, "bench"),
                new RunListener() { });
    }

    @Benchmark
    public int directCalls() {
        ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());
        AdapterCapabilities capabilities = adapter.capabilities();
        int finished = 0;
        for (ConformanceCase c : AllCases.cases()) {
            CaseContext context = new CaseContext(adapter, capabilities, ReferenceOracle.factory(capabilities), SETTINGS.caseSeed(c.id()), Budget.QUICK);
            adapter.reset();
            try {
                c.run(context);
                finished++;
            } catch (RuntimeException | AssertionError e) {
                finished += 0;
            } finally {
                context.close();
            }
        }
        return finished;
    }
}
