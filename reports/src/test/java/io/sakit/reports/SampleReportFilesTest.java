package io.sakit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.certificate.CertificateIssuer;
import io.sakit.reports.certificate.KeyDirectory;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.output.ReportFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Writes every file of the sample reports under {@code target/sample-reports/<name>/} for
 * {@code scripts/check-html-report.sh} and for people to look at; the signing key is a test key in
 * {@code target/sample-reports/keys}, never the user's.
 */
class SampleReportFilesTest {

    private static final Path ROOT = Path.of("target", "sample-reports");
    private static final Clock CLOCK = Clock.fixed(SampleReports.STARTED.plusSeconds(120), ZoneOffset.UTC);

    private static void write(String name, RunReport report) throws Exception {
        ReportFiles files = new ReportFiles(SampleReports.CATALOG, Optional.of(new CertificateIssuer(new KeyDirectory(ROOT.resolve("keys")), CLOCK)));
        assertThat(files.write(report, ROOT.resolve(name))).allSatisfy(path -> assertThat(path).isRegularFile());
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
