package io.sakit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.html.HtmlReport;
import io.sakit.reports.model.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the sample reports under {@code target/sample-reports} for scripts/check-html-report.sh and for people to look at. */
class SampleReportFilesTest {

    private static final Path ROOT = Path.of("target", "sample-reports");

    private static void write(String name, RunReport report) throws Exception {
        Path dir = Files.createDirectories(ROOT.resolve(name));
        new HtmlReport(SampleReports.CATALOG).write(report, dir.resolve(HtmlReport.NAME));
        assertThat(dir.resolve(HtmlReport.NAME)).isNotEmptyFile();
    }

    @Test
    void writesTheFailingSample() throws Exception {
        write("failing", SampleReports.failing());
    }

    @Test
    void writesTheConformantSample() throws Exception {
        write("conformant", SampleReports.conformant());
    }
}
