package io.sakit.reports.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {

    private static final Clock CLOCK = Clock.fixed(SampleReports.STARTED.plusSeconds(95), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private RunRecorder start(Duration interval) throws Exception {
        return RunRecorder.start(dir, SampleReports.conformant().info().unfinished(), SampleReports.CATALOG, CLOCK, interval);
    }

    private RunReport reportOnDisk() throws Exception {
        return ReportFile.read(dir.resolve(ReportFile.NAME));
    }

    @Test
    void startingLeavesAnEmptyIncompleteReport() throws Exception {
        try (RunRecorder recorder = start(Duration.ZERO)) {
            assertThat(reportOnDisk()).isEqualTo(recorder.snapshot());
            assertThat(reportOnDisk().cases()).isEmpty();
            assertThat(reportOnDisk().verdict()).isEqualTo(Verdict.INCOMPLETE);
        }
    }

    @Test
    void everyCaseReachesTheReportWhenCheckpointsAreImmediate() throws Exception {
        List<CaseResult> cases = SampleReports.conformant().cases();
        try (RunRecorder recorder = start(Duration.ZERO)) {
            recorder.record(cases.get(0));
            recorder.record(cases.get(1));
            assertThat(reportOnDisk().cases()).containsExactly(cases.get(0), cases.get(1));
            assertThat(Journal.read(dir.resolve(Journal.NAME)).cases()).containsExactly(cases.get(0), cases.get(1));
        }
    }

    @Test
    void theReportWaitsForTheNextCheckpointButTheJournalDoesNot() throws Exception {
        List<CaseResult> cases = SampleReports.conformant().cases();
        try (RunRecorder recorder = start(Duration.ofMinutes(1))) {
            recorder.record(cases.get(0));
            assertThat(reportOnDisk().cases()).isEmpty();
            assertThat(Journal.read(dir.resolve(Journal.NAME)).cases()).containsExactly(cases.get(0));
        }
    }

    @Test
    void finishingWritesTheFinalReport() throws Exception {
        RunReport expected = SampleReports.conformant();
        try (RunRecorder recorder = start(Duration.ofMinutes(1))) {
            for (CaseResult result : expected.cases()) {
                recorder.record(result);
            }
            assertThat(recorder.finish()).isEqualTo(expected);
        }
        assertThat(reportOnDisk()).isEqualTo(expected);
        assertThat(Journal.read(dir.resolve(Journal.NAME)).toReport(SampleReports.CATALOG)).isEqualTo(expected);
    }

    @Test
    void aClockAtTheCheckpointRewritesTheReport() throws Exception {
        Instant[] now = {SampleReports.STARTED};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        List<CaseResult> cases = SampleReports.conformant().cases();
        try (RunRecorder recorder = RunRecorder.start(dir, SampleReports.conformant().info().unfinished(), SampleReports.CATALOG, moving,
                Duration.ofSeconds(10))) {
            recorder.record(cases.get(0));
            now[0] = now[0].plusSeconds(10);
            recorder.record(cases.get(1));
            assertThat(reportOnDisk().cases()).hasSize(2);
        }
    }
}
