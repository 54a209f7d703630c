package io.sakit.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenReportReadsBackEqual() throws Exception {
        RunReport report = SampleReports.failing();
        Path file = dir.resolve(ReportFile.NAME);
        ReportFile.write(report, file);
        assertThat(ReportFile.read(file)).isEqualTo(report);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportFile.render(SampleReports.failing())).isEqualTo(ReportFile.render(SampleReports.failing()));
    }

    @Test
    void theFileIsIndentedWithUnixLineEndsAndEndsInANewline() {
        String text = new String(ReportFile.render(SampleReports.failing()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"info\": {\n").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve(ReportFile.NAME);
        Files.writeString(file, "old");
        ReportFile.write(SampleReports.conformant(), file);
        assertThat(ReportFile.read(file)).isEqualTo(SampleReports.conformant());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNotAReportIsRejectedWithItsName() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"cases\": []}");
        assertThatThrownBy(() -> ReportFile.read(file)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(file.toString() + ": ");
    }
}
