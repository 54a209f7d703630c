package io.sakit.reports.merge;

import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.spec.requirement.RequirementCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Merges the reports of the shards of one run into the report of the whole run. It refuses, with a
 * one-line {@link MergeRefusedException}, reports of different runs (adapter, options, capabilities,
 * profile, seed, budget, case filter, kit and spec versions, digests), shard counts that disagree, a
 * shard given twice, missing shards, and a case in two shards. The merged report has the cases of shard
 * 1, then 2, and so on; its command is shard 1's without its {@code --shard} option; its verdict is
 * recomputed by {@link Aggregation}, complete only when every shard finished (its {@code finished} time is
 * set, which a shard cut short does not have).
 */
public final class ShardMerge {

    private static final List<Map.Entry<String, Function<RunInfo, Object>>> IDENTITY = List.of(
            Map.entry("adapter", i -> i.adapter().id() + " (" + i.adapter().description() + ")"),
            Map.entry("adapter options", i -> i.adapter().options()),
            Map.entry("capabilities", RunInfo::capabilities),
            Map.entry("profile", RunInfo::profile),
            Map.entry("seed", RunInfo::seed),
            Map.entry("budget", RunInfo::budget),
            Map.entry("case filter", RunInfo::only),
            Map.entry("kit version", RunInfo::kitVersion),
            Map.entry("spec version", RunInfo::specVersion),
            Map.entry("kit digest", i -> i.digests().getOrDefault("kit", "none")),
            Map.entry("digests", RunInfo::digests));

    private ShardMerge() {
    }

    /**
     * Returns the report of the whole run made of {@code shards}, in any order.
     *
     * @throws MergeRefusedException when the reports do not make up one run exactly once
     */
    public static RunReport merge(List<RunReport> shards, RequirementCatalog catalog) {
        if (shards.isEmpty()) {
            throw new MergeRefusedException("no shard reports given");
        }
        List<RunReport> ordered = shards.stream().sorted(Comparator.comparingInt(r -> r.info().shard().index())).toList();
        sameRun(ordered);
        everyShardOnce(ordered);
        List<CaseResult> cases = casesOnce(ordered);
        boolean complete = ordered.stream().allMatch(r -> r.info().finished().isPresent());
        return Aggregation.report(mergedInfo(ordered, complete), cases, catalog, complete);
    }

    private static void sameRun(List<RunReport> shards) {
        RunInfo first = shards.get(0).info();
        for (RunReport shard : shards) {
            for (Map.Entry<String, Function<RunInfo, Object>> property : IDENTITY) {
                Object expected = property.getValue().apply(first);
                Object actual = property.getValue().apply(shard.info());
                if (!expected.equals(actual)) {
                    throw new MergeRefusedException("shard " + shard.info().shard() + " is from another run: its " + property.getKey()
                            + difference(actual, expected) + " shard " + first.shard() + "'s");
                }
            }
        }
    }

    private static String difference(Object actual, Object expected) {
        String is = actual.toString();
        String was = expected.toString();
        return is.length() + was.length() > 80 ? " differs from" : " is " + is + ", not " + was + " like";
    }

    private static void everyShardOnce(List<RunReport> shards) {
        int count = shards.get(0).info().shard().count();
        Map<Integer, Long> seen = new HashMap<>();
        for (RunReport report : shards) {
            Shard shard = report.info().shard();
            if (shard.count() != count) {
                throw new MergeRefusedException("shard " + shard + " does not belong with shards of " + count);
            }
            if (seen.merge(shard.index(), 1L, Long::sum) > 1) {
                throw new MergeRefusedException("shard " + shard + " is given twice");
            }
        }
        String missing = IntStream.rangeClosed(1, count).filter(i -> !seen.containsKey(i)).mapToObj(i -> i + "/" + count)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new MergeRefusedException("shard" + (missing.contains(",") ? "s " : " ") + missing + " missing");
        }
    }

    private static List<CaseResult> casesOnce(List<RunReport> shards) {
        Map<String, Shard> owner = new HashMap<>();
        List<CaseResult> cases = new ArrayList<>();
        for (RunReport report : shards) {
            for (CaseResult result : report.cases()) {
                Shard previous = owner.putIfAbsent(result.id(), report.info().shard());
                if (previous != null) {
                    throw new MergeRefusedException("case " + result.id() + " is in shard " + previous + " and in shard " + report.info().shard());
                }
                cases.add(result);
            }
        }
        return cases;
    }

    private static RunInfo mergedInfo(List<RunReport> shards, boolean complete) {
        RunInfo first = shards.get(0).info();
        Instant started = shards.stream().map(r -> r.info().started()).min(Comparator.naturalOrder()).orElseThrow();
        Optional<Instant> finished = complete ? shards.stream().map(r -> r.info().finished().orElseThrow()).max(Comparator.naturalOrder()) : Optional.empty();
        String command = first.command().replaceAll("\\s--shard(=|\\s+)\\S+", "");
        return new RunInfo(first.kitVersion(), first.specVersion(), first.digests(), first.adapter(), first.capabilities(), first.profile(), first.seed(),
                first.budget(), Shard.WHOLE, first.only(), command, started, finished);
    }
}
