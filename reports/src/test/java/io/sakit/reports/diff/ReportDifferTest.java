package io.sakit.reports.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.AdapterInfo;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportDifferTest {

    private static RunReport report(RunInfo info, List<CaseResult> cases) {
        return Aggregation.report(info, cases, SampleReports.CATALOG, true);
    }

    private static RunInfo withSeed(RunInfo info, long seed) {
        return new RunInfo(info.kitVersion(), info.specVersion(), Map.of("kit", "sha256:9999"), new AdapterInfo("other", "x", Map.of()),
                info.capabilities(), "ndis51", seed, "quick", info.shard(), info.only(), info.command(), info.started(), info.finished());
    }

    @Test
    void aReportComparedWithItselfHasNoDifferences() {
        ReportDiff diff = ReportDiffer.diff(SampleReports.failing(), SampleReports.failing());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffText.render(diff)).isEqualTo("verdict: NONCONFORMANT (unchanged)\n"
                + "run: same adapter, options, capabilities, profile, kit digest, seed and budget\nno differences\n");
    }

    @Test
    void fixingTheFailuresChangesVerdictStatusesAndOutcomes() {
        List<CaseResult> fixed = new ArrayList<>();
        for (CaseResult c : SampleReports.failingCases()) {
            fixed.add(c.outcome().isProblem() ? SampleReports.pass(c.id(), c.family(), c.requirements().get(0)) : c);
        }
        ReportDiff diff = ReportDiffer.diff(SampleReports.failing(), report(SampleReports.info(Shard.WHOLE), fixed));
        assertThat(diff.verdictChanged()).isTrue();
        assertThat(diff.verdictAfter()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(diff.cases()).containsExactly(new StatusChange<>("add.len.short-buffer", Optional.of(Outcome.FAIL), Optional.of(Outcome.PASS)),
                new StatusChange<>("rx.ah.bad-icv", Optional.of(Outcome.FAIL), Optional.of(Outcome.PASS)),
                new StatusChange<>("tx.esp.encrypt-des", Optional.of(Outcome.ERROR), Optional.of(Outcome.PASS)));
        assertThat(diff.requirements()).contains(
                new StatusChange<>("ADD-LEN-001", Optional.of(RequirementStatus.FAIL), Optional.of(RequirementStatus.PASS)),
                new StatusChange<>("RX-AH-002", Optional.of(RequirementStatus.FAIL), Optional.of(RequirementStatus.PASS)),
                new StatusChange<>("RX-AH-001", Optional.of(RequirementStatus.FAIL), Optional.of(RequirementStatus.NOT_RUN)));
        assertThat(diff.sameRun()).isTrue();
        assertThat(DiffText.render(diff)).startsWith("verdict: NONCONFORMANT -> INCOMPLETE\n")
                .contains("cases changed (3):\n  add.len.short-buffer  FAIL -> PASS\n  rx.ah.bad-icv         FAIL -> PASS\n");
    }

    @Test
    void addedAndRemovedCasesAreListed() {
        List<CaseResult> cases = new ArrayList<>(SampleReports.failingCases().subList(1, 9));
        cases.add(SampleReports.pass("seq.new", "SEQ", "SEQ-DIF-001"));
        ReportDiff diff = ReportDiffer.diff(SampleReports.failing(), report(SampleReports.info(Shard.WHOLE), cases));
        assertThat(diff.added()).containsExactly("seq.new");
        assertThat(diff.removed()).containsExactly("add.alg.md5-ah");
        assertThat(diff.requirements()).contains(new StatusChange<>("SEQ-DIF-001", Optional.of(RequirementStatus.NOT_RUN), Optional.of(RequirementStatus.PASS)));
        assertThat(DiffText.render(diff)).contains("cases added (1):\n  seq.new\n").contains("cases removed (1):\n  add.alg.md5-ah\n");
    }

    @Test
    void aDifferentRunIsNamedPropertyByProperty() {
        RunReport other = report(withSeed(SampleReports.info(Shard.WHOLE), 43), SampleReports.failingCases());
        ReportDiff diff = ReportDiffer.diff(SampleReports.failing(), other);
        assertThat(diff.sameRun()).isFalse();
        assertThat(diff.identity()).extracting(ValueChange::what).containsExactly("adapter", "adapter options", "profile", "kit digest", "seed", "budget");
        assertThat(DiffText.render(diff)).contains("run differs:\n  adapter: reference -> other\n").contains("  seed: 42 -> 43\n")
                .contains("  kit digest: sha256:1111 -> sha256:9999\n");
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        List<CaseResult> cases = List.of(SampleReports.pass("evil\u001b[2J", "ADD", "ADD-ALG-001"));
        String text = DiffText.render(ReportDiffer.diff(SampleReports.failing(), report(SampleReports.info(Shard.WHOLE), cases)));
        assertThat(text).contains("evil?[2J").doesNotContain("\u001b");
    }
}
