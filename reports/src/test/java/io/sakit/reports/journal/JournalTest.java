package io.sakit.reports.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static final Instant END = SampleReports.STARTED.plusSeconds(95);

    @TempDir
    Path dir;

    private Path write(List<CaseResult> cases, boolean finish) throws Exception {
        Path file = dir.resolve(Journal.NAME);
        try (JournalWriter writer = JournalWriter.start(file, SampleReports.conformant().info().unfinished())) {
            for (CaseResult result : cases) {
                writer.append(result);
            }
            if (finish) {
                writer.finish(END);
            }
        }
        return file;
    }

    @Test
    void aFinishedJournalReadsBackCompleteWithItsVerdict() throws Exception {
        RunReport expected = SampleReports.conformant();
        Journal journal = Journal.read(write(expected.cases(), true));
        assertThat(journal.complete()).isTrue();
        assertThat(journal.truncated()).isFalse();
        assertThat(journal.cases()).isEqualTo(expected.cases());
        assertThat(journal.toReport(SampleReports.CATALOG)).isEqualTo(expected);
    }

    @Test
    void aJournalWithoutItsEndLineIsIncomplete() throws Exception {
        RunReport report = Journal.read(write(SampleReports.conformant().cases(), false)).toReport(SampleReports.CATALOG);
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.info().finished()).isEmpty();
        assertThat(report.cases()).isEqualTo(SampleReports.conformant().cases());
    }

    @Test
    void aFailureInAnIncompleteJournalStillMakesItNonconformant() throws Exception {
        RunReport report = Journal.read(write(SampleReports.failingCases(), false)).toReport(SampleReports.CATALOG);
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
    }

    @Test
    void aLastLineCutOffAtAnyByteIsLeftOut() throws Exception {
        List<CaseResult> cases = SampleReports.failingCases();
        byte[] whole = Files.readAllBytes(write(cases, false));
        int lastLineStart = lastLineStart(whole);
        for (int cut = lastLineStart + 1; cut < whole.length - 1; cut++) {
            Files.write(dir.resolve("cut.jsonl"), Arrays.copyOf(whole, cut));
            Journal journal = Journal.read(dir.resolve("cut.jsonl"));
            assertThat(journal.truncated()).as("cut at byte %d", cut).isTrue();
            assertThat(journal.cases()).as("cut at byte %d", cut).isEqualTo(cases.subList(0, cases.size() - 1));
            assertThat(journal.complete()).isFalse();
        }
    }

    @Test
    void anEndLineCutOffLeavesTheJournalIncomplete() throws Exception {
        byte[] whole = Files.readAllBytes(write(SampleReports.conformant().cases(), true));
        Files.write(dir.resolve("cut.jsonl"), Arrays.copyOf(whole, whole.length - 5));
        Journal journal = Journal.read(dir.resolve("cut.jsonl"));
        assertThat(journal.complete()).isFalse();
        assertThat(journal.toReport(SampleReports.CATALOG).verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aCorruptLineInTheMiddleIsAnErrorNamingTheLine() throws Exception {
        Path file = write(SampleReports.failingCases(), true);
        List<String> lines = Files.readAllLines(file);
        lines.set(2, "{\"id\": broken");
        Files.write(file, lines);
        assertThatThrownBy(() -> Journal.read(file)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(file + ":3: ");
    }

    @Test
    void aJournalWithoutAHeaderIsAnError() throws Exception {
        Path file = dir.resolve(Journal.NAME);
        Files.write(file, "{\"kitVer".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining("no run header");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining("no run header");
    }

    @Test
    void eachCaseIsOnDiskBeforeTheWriterIsClosed() throws Exception {
        Path file = dir.resolve(Journal.NAME);
        try (JournalWriter writer = JournalWriter.start(file, SampleReports.failing().info())) {
            writer.append(SampleReports.failingCases().get(0));
            assertThat(Journal.read(file).cases()).containsExactly(SampleReports.failingCases().get(0));
        }
    }

    @Test
    void nothingIsAppendedAfterTheEndLine() throws Exception {
        try (JournalWriter writer = JournalWriter.start(dir.resolve(Journal.NAME), SampleReports.failing().info())) {
            writer.finish(END);
            assertThatThrownBy(() -> writer.append(SampleReports.failingCases().get(0))).isInstanceOf(IllegalStateException.class);
        }
    }

    private static int lastLineStart(byte[] bytes) {
        int i = bytes.length - 2;
        while (bytes[i] != '\n') {
            i--;
        }
        return i + 1;
    }
}
