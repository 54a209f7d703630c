package io.sakit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.journal.Journal;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A certification killed midway leaves a journal and a report that read back, marked INCOMPLETE. */
class KilledCertifyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    @DisplayName("kill -9 during a standard certification leaves every recorded result readable and the verdict INCOMPLETE")
    void killedRunIsIncomplete() throws Exception {
        Path out = dir.resolve("out");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "certify", "--budget", "standard", "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.txt").toFile()).start();
        try {
            while (!hasCheckpointWithCases(out.resolve(ReportFile.NAME))) {
                assertThat(child.isAlive()).as("the run is still going").isTrue();
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Journal journal = Journal.read(out.resolve(Journal.NAME));
        RunReport report = ReportFile.read(out.resolve(ReportFile.NAME));
        assertThat(journal.complete()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(journal.cases().size()).isGreaterThanOrEqualTo(report.cases().size());
        assertThat(out.resolve("certificate.json")).doesNotExist();
        assertThat(Sakit.run("diff", out.toString(), out.toString()).status()).isZero();
    }

    private static boolean hasCheckpointWithCases(Path report) {
        try {
            return Files.exists(report) && !ReportFile.read(report).cases().isEmpty();
        } catch (IOException | RuntimeException notYetWritten) {
            return false;
        }
    }
}
