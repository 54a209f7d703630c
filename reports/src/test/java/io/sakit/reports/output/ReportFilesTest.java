package io.sakit.reports.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sakit.reports.SampleReports;
import io.sakit.reports.certificate.Certificate;
import io.sakit.reports.certificate.CertificateIssuer;
import io.sakit.reports.certificate.CertificateVerifier;
import io.sakit.reports.certificate.KeyDirectory;
import io.sakit.reports.certificate.VerificationStatus;
import io.sakit.reports.json.ReportFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    private static final Clock CLOCK = Clock.fixed(SampleReports.STARTED.plusSeconds(120), ZoneOffset.UTC);

    @TempDir
    Path dir;
    @TempDir
    Path keysDir;

    private ReportFiles files() {
        return new ReportFiles(SampleReports.CATALOG, Optional.of(new CertificateIssuer(new KeyDirectory(keysDir), CLOCK)));
    }

    @Test
    void oneCallWritesEveryFileReportFirst() throws Exception {
        Path out = dir.resolve("out");
        List<Path> written = files().write(SampleReports.failing(), out);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("report.json", "report.html", "junit.xml", "summary.md",
                "failures.pcap", "failures-pcap.txt", "failures-esp_sa", "certificate.json");
        assertThat(ReportFile.read(out.resolve("report.json"))).isEqualTo(SampleReports.failing());
        assertThat(new CertificateVerifier(new KeyDirectory(keysDir)).verify(out.resolve(Certificate.NAME)).status()).isEqualTo(VerificationStatus.VALID);
        try (Stream<Path> all = Files.list(out)) {
            assertThat(all).hasSize(8);
        }
    }

    @Test
    void theSameReportGivesTheSameFiles() throws Exception {
        files().write(SampleReports.failing(), dir.resolve("a"));
        files().write(SampleReports.failing(), dir.resolve("b"));
        for (String name : List.of("report.json", "report.html", "junit.xml", "summary.md", "failures.pcap", "failures-pcap.txt", "failures-esp_sa")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }

    @Test
    void aFileInTheWayFailsWithOneLineNamingTheDirectoryAndKeepsTheResults() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file, not a directory");
        assertThatThrownBy(() -> files().write(SampleReports.failing(), blocked)).isInstanceOf(ReportFilesException.class)
                .hasMessageStartingWith("cannot write reports to " + blocked + ": ").hasMessageNotContaining("\n")
                .hasMessageContaining("the results are saved in ");
        ReportFilesException e = (ReportFilesException) org.assertj.core.api.Assertions.catchThrowable(() -> files().write(SampleReports.failing(), blocked));
        Path saved = Path.of(e.getMessage().substring(e.getMessage().indexOf("saved in ") + "saved in ".length()));
        assertThat(ReportFile.read(saved)).isEqualTo(SampleReports.failing());
    }

    @Test
    void aDirectoryUnderAFileFailsTheSameWay() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "x").resolve("out");
        assertThatThrownBy(() -> files().write(SampleReports.failing(), blocked)).hasMessageStartingWith("cannot write reports to " + blocked + ": ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aReadOnlyDirectoryFailsWithOneLine() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(readOnly), "the user can write anywhere (root)");
            assertThatThrownBy(() -> files().write(SampleReports.failing(), readOnly))
                    .hasMessageStartingWith("cannot write reports to " + readOnly + ": the directory is not writable; the results are saved in ");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
