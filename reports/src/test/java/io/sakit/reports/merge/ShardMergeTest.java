package io.sakit.reports.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ShardMergeTest {

    private static final int SHARDS = 3;

    private static RunReport shard(int index, UnaryOperator<RunInfo> change) {
        Shard shard = new Shard(index, SHARDS);
        List<CaseResult> cases = SampleReports.conformant().cases().stream().filter(c -> shard.contains(c.id())).toList();
        return Aggregation.report(change.apply(SampleReports.info(shard)), cases, SampleReports.CATALOG, true);
    }

    private static RunReport shard(int index) {
        return shard(index, UnaryOperator.identity());
    }

    private static RunInfo seed(RunInfo info, long seed) {
        return new RunInfo(info.kitVersion(), info.specVersion(), info.digests(), info.adapter(), info.capabilities(), info.profile(), seed, info.budget(),
                info.shard(), info.only(), info.command(), info.started(), info.finished());
    }

    private static RunInfo profile(RunInfo info, String profile) {
        return new RunInfo(info.kitVersion(), info.specVersion(), info.digests(), info.adapter(), info.capabilities(), profile, info.seed(), info.budget(),
                info.shard(), info.only(), info.command(), info.started(), info.finished());
    }

    @Test
    void allShardsMergeIntoTheWholeRunWithItsVerdict() {
        RunReport merged = ShardMerge.merge(List.of(shard(3), shard(1), shard(2)), SampleReports.CATALOG);
        RunReport whole = SampleReports.conformant();
        assertThat(merged.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(merged.requirements()).isEqualTo(whole.requirements());
        assertThat(merged.cases()).containsExactlyInAnyOrderElementsOf(whole.cases());
        assertThat(merged.info().shard()).isEqualTo(Shard.WHOLE);
        assertThat(merged.info().command()).isEqualTo("sakit run --adapter reference --seed 42");
        assertThat(merged.info().finished()).isEqualTo(whole.info().finished());
        assertThat(shard(1).verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void theOrderOfTheArgumentsDoesNotMatter() {
        assertThat(ShardMerge.merge(List.of(shard(2), shard(3), shard(1)), SampleReports.CATALOG))
                .isEqualTo(ShardMerge.merge(List.of(shard(1), shard(2), shard(3)), SampleReports.CATALOG));
    }

    @Test
    void aShardCutShortLeavesTheMergeIncomplete() {
        RunReport merged = ShardMerge.merge(List.of(shard(1), shard(2, RunInfo::unfinished), shard(3)), SampleReports.CATALOG);
        assertThat(merged.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(merged.info().finished()).isEmpty();
    }

    @Test
    void reportsOfDifferentRunsAreRefused() {
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(1), shard(2, i -> seed(i, 43)), shard(3)), SampleReports.CATALOG))
                .isInstanceOf(MergeRefusedException.class).hasMessage("cannot merge: shard 2/3 is from another run: its seed is 43, not 42 like shard 1/3's");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(1), shard(2, i -> profile(i, "ndis51")), shard(3)), SampleReports.CATALOG))
                .hasMessageContaining("its profile is ndis51, not default");
    }

    @Test
    void duplicateAndMissingShardsAreRefused() {
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(1), shard(2), shard(2), shard(3)), SampleReports.CATALOG))
                .hasMessage("cannot merge: shard 2/3 is given twice");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(2)), SampleReports.CATALOG)).hasMessage("cannot merge: shards 1/3, 3/3 missing");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(), SampleReports.CATALOG)).hasMessage("cannot merge: no shard reports given");
    }

    @Test
    void shardsOfDifferentCountsAreRefused() {
        RunReport ofFour = Aggregation.report(SampleReports.info(new Shard(4, 4)), List.of(), SampleReports.CATALOG, true);
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(1), shard(2), shard(3), ofFour), SampleReports.CATALOG))
                .hasMessage("cannot merge: shard 4/4 does not belong with shards of 3");
    }

    @Test
    void aCaseInTwoShardsIsRefused() {
        CaseResult stray = shard(1).cases().get(0);
        RunReport second = shard(2);
        List<CaseResult> overlapping = new java.util.ArrayList<>(second.cases());
        overlapping.add(stray);
        RunReport overlap = Aggregation.report(second.info(), overlapping, SampleReports.CATALOG, true);
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shard(1), overlap, shard(3)), SampleReports.CATALOG))
                .hasMessage("cannot merge: case " + stray.id() + " is in shard 1/3 and in shard 2/3");
    }
}
