package io.sakit.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each goal as a ratio between candidate and baseline measured in the same run.
 * Arguments: benchmark class names to run (all by default); {@code --quick} for one short fork per benchmark.
 */
public final class Ratios {

    private Ratios() {
    }

    /** Runs the benchmarks named in {@code args} (all when none) and prints the ratio table. */
    public static void main(String[] args) throws RunnerException {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        ChainedOptionsBuilder options = new OptionsBuilder().shouldFailOnError(true);
        boolean any = false;
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                options.include(arg);
                any = true;
            }
        }
        if (!any) {
            options.include("io.sakit.bench.*");
        }
        if (quick) {
            options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
        }
        if (!any || java.util.Arrays.asList(args).contains("MemoryFootprint")) {
            System.out.printf(Locale.ROOT, "memory per SA (1M inbound SAs, no crypto objects): %.1f bytes (goal: at most 256)%n",
                    MemoryFootprint.bytesPerSa(LoadBenchmark.SAS));
        }
        print(new Runner(options.build()).run());
    }

    private static void print(Collection<RunResult> results) {
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            String bench = result.getParams().getBenchmark().replaceFirst("io\\.sakit\\.bench\\.", "").replaceFirst("\\..*", "");
            StringBuilder key = new StringBuilder(bench);
            result.getParams().getParamsKeys().forEach(k -> key.append(' ').append(k).append('=').append(result.getParams().getParam(k)));
            scores.put(key + " " + name, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("ratios (baseline / candidate for speed-ups; candidate / baseline for overheads):");
        ratio(scores, "ClassifierBenchmark", "linearFirstMatch", "tupleSpace", "x faster than a first-match linear scan");
        ratio(scores, "InboundLookupBenchmark", "hashMap", "openAddressing", "x faster than HashMap<Long, Integer>");
        ratio(scores, "TransformBenchmark", "referenceTransmit", "rawPrimitives", "x the raw primitives' time (overhead)");
        ratio(scores, "ProviderBenchmark", "bouncyCastle", "sunJce", "= BouncyCastle time / SunJCE time (>1: SunJCE faster)");
        ratio(scores, "LoadBenchmark", "loadThroughAddPath", "copyBuffersOnly", "x the time to copy the buffers; absolute ms above");
        ratio(scores, "RunnerOverheadBenchmark", "throughTheRunner", "directCalls", "x the direct calls' time (overhead)");
        ratio(scores, "StdioRoundTripBenchmark", "inProcess", "overStdio", "x the requests/s over stdio (in process / stdio)");
        scores.forEach((key, value) -> {
            if (key.startsWith("StdioRoundTripBenchmark ") && key.endsWith(" overStdio")) {
                System.out.printf(Locale.ROOT, "  %-59s %,8.0f requests/s over stdio (goal: at least 20,000)%n", key, value);
            }
        });
        scores.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-90s %,14.1f%n", k, v));
    }

    private static void ratio(Map<String, Double> scores, String bench, String numerator, String denominator, String meaning) {
        scores.forEach((key, value) -> {
            if (key.startsWith(bench + " ") && key.endsWith(" " + numerator)) {
                String params = key.substring(bench.length(), key.length() - numerator.length()).trim();
                Double other = scores.get(key.substring(0, key.length() - numerator.length()) + denominator);
                if (other != null && other > 0) {
                    System.out.printf(Locale.ROOT, "  %-24s %-34s %8.2f %s%n", bench, params, value / other, meaning);
                }
            }
        });
    }
}
