package io.sakit.reports.output;

import io.sakit.reports.certificate.CertificateIssuer;
import io.sakit.reports.html.HtmlReport;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.junit.JunitXmlReport;
import io.sakit.reports.markdown.MarkdownSummary;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.pcap.EspSaTable;
import io.sakit.reports.pcap.FailureCapture;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes every file made from a finished report into one output directory, each atomically and in this
 * order: {@code report.json} first, then {@code report.html}, {@code junit.xml}, {@code summary.md},
 * {@code failures.pcap} with {@code failures-pcap.txt} and {@code failures-esp_sa}, and {@code certificate.json}
 * when an issuer is given.
 * ({@code results.jsonl} is written while the run goes on, by the journal's recorder.) When the directory
 * cannot take {@code report.json}, the report is saved in a new temporary directory instead and the
 * failure's one-line message names both, so the results are never lost.
 */
public final class ReportFiles {

    private final HtmlReport html;
    private final MarkdownSummary markdown;
    private final Optional<CertificateIssuer> issuer;

    /** Creates a writer whose HTML shows the texts of {@code catalog} and that signs certificates with {@code issuer}, if given. */
    public ReportFiles(RequirementCatalog catalog, Optional<CertificateIssuer> issuer) {
        this.html = new HtmlReport(catalog);
        this.markdown = MarkdownSummary.withDefaults();
        this.issuer = issuer;
    }

    /**
     * Writes the files of {@code report} into {@code directory}, creating it if needed, and returns their paths in writing order.
     *
     * @throws ReportFilesException with a one-line message naming the directory when a file cannot be written
     */
    public List<Path> write(RunReport report, Path directory) throws ReportFilesException {
        Path reportFile = directory.resolve(ReportFile.NAME);
        try {
            Files.createDirectories(directory);
            ReportFile.write(report, reportFile);
        } catch (IOException e) {
            throw new ReportFilesException("cannot write reports to " + directory + ": " + reason(e) + "; " + rescue(report), e);
        }
        List<Path> written = new ArrayList<>(List.of(reportFile));
        try {
            written.add(write(directory, HtmlReport.NAME, path -> html.write(report, path)));
            written.add(write(directory, JunitXmlReport.NAME, path -> JunitXmlReport.write(report, path)));
            written.add(write(directory, MarkdownSummary.NAME, path -> markdown.write(report, path)));
            FailureCapture.write(report, directory);
            written.add(directory.resolve(FailureCapture.PCAP));
            written.add(directory.resolve(FailureCapture.INDEX));
            written.add(directory.resolve(EspSaTable.NAME));
            if (issuer.isPresent()) {
                written.add(issuer.get().write(report, reportFile));
            }
        } catch (IOException e) {
            throw new ReportFilesException("cannot write all reports to " + directory + ": " + reason(e) + "; " + ReportFile.NAME + " is written", e);
        }
        return written;
    }

    private interface FileWriter {
        void write(Path target) throws IOException;
    }

    private static Path write(Path directory, String name, FileWriter writer) throws IOException {
        Path target = directory.resolve(name);
        writer.write(target);
        return target;
    }

    private static String rescue(RunReport report) {
        try {
            Path saved = Files.createTempDirectory("sakit-results-").resolve(ReportFile.NAME);
            ReportFile.write(report, saved);
            return "the results are saved in " + saved;
        } catch (IOException e) {
            return "the results could not be saved elsewhere either (" + reason(e) + ")";
        }
    }

    /** Returns a one-line reason for {@code e}. */
    static String reason(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "the directory is not writable";
        } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way of the directory: " + ((FileSystemException) e).getFile();
        } else if (e instanceof NoSuchFileException n) {
            reason = "no such file or directory: " + n.getFile();
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return reason.replaceAll("\\s+", " ").trim();
    }
}
