package io.sakit.reports.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class KilledRunTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aRunKilledMidWayLeavesAReadableJournalAndReport() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                KilledRun.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long recorded = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (recorded < 200) {
                recorded = Long.parseLong(out.readLine());
            }
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Journal journal = Journal.read(dir.resolve(Journal.NAME));
        assertThat(journal.cases().size()).isGreaterThanOrEqualTo(200);
        assertThat(journal.complete()).isFalse();
        assertThat(journal.toReport(SampleReports.CATALOG).verdict()).isEqualTo(Verdict.INCOMPLETE);
        RunReport report = ReportFile.read(dir.resolve(ReportFile.NAME));
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.cases().size()).isGreaterThanOrEqualTo(199);
    }
}
