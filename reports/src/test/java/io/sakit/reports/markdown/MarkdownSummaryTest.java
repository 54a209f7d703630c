package io.sakit.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.spec.requirement.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

    private static final String FAILING = MarkdownSummary.withDefaults().render(SampleReports.failing());

    private static RunReport manyFailures() {
        List<CaseResult> cases = SampleReports.CATALOG.all().stream().filter(Requirement::testable).limit(30)
                .map(r -> SampleReports.fail("case." + r.id(), r.family().name(), r.id(), "broken " + r.id(), "e", "a")).toList();
        return Aggregation.report(SampleReports.info(Shard.WHOLE), cases, SampleReports.CATALOG, true);
    }

    @Test
    void startsWithTheVerdictAndTheCounts() {
        assertThat(FAILING).startsWith("## sakit: NONCONFORMANT to sakit spec 1.0 under profile default\n\n4 MUST requirements failed or errored: ");
        assertThat(FAILING).contains("**9 cases**: 4 PASS · 2 FAIL · 1 ERROR · 1 ACCEPTABLE · 1 N/A\n");
        assertThat(FAILING).contains("Adapter `reference` · profile `default` · seed 42 · budget `standard` · shard 1/1 · kit `0.1.0` (`sha256:1111`)");
    }

    @Test
    void oneTableRowPerFamily() {
        assertThat(FAILING).contains("| ADD | 34 | 2 | 1 | 31 | 1 | 1 | 0 | 1 | 0 |\n").contains("| RX | 18 | 1 | 2 |").contains("| SEQ | 2 | 0 | 0 | 2 |");
    }

    @Test
    void failingRequirementsShowTheirFirstFailingCaseAndItsCommand() {
        assertThat(FAILING).contains("### Failing requirements (4)\n")
                .contains("- **ADD-LEN-001** (MUST, FAIL): `add.len.short-buffer` — BytesNeeded is the missing byte count, not the total\n"
                        + "  `sakit run --adapter reference --only add.len.short-buffer`\n")
                .contains("- **TX-ESP-001** (MUST, ERROR): `tx.esp.encrypt-des`");
    }

    @Test
    void textIsEscapedAndCodeStaysCode() {
        assertThat(FAILING).doesNotContain("<script>").contains("CRYPTO\\_SUCCESS &lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(Md.code("a`b``c")).isEqualTo("```a`b``c```");
    }

    @Test
    void theListStopsAtItsLimitAndSaysHowManyMore() {
        String summary = new MarkdownSummary(10, 100_000).render(manyFailures());
        assertThat(summary).contains("### Failing requirements (30)").contains("- and 20 more: see `report.html`");
        assertThat(summary.lines().filter(l -> l.startsWith("- **"))).hasSize(10);
        String short_ = new MarkdownSummary(10, 300).render(manyFailures());
        assertThat(short_.lines().filter(l -> l.startsWith("- **")).count()).isLessThan(10);
        assertThat(short_).containsPattern("- and \\d\\d more");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(MarkdownSummary.withDefaults().render(SampleReports.failing())).isEqualTo(FAILING);
    }
}
