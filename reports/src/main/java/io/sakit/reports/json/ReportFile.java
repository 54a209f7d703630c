package io.sakit.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code report.json} file: a {@link RunReport} as indented JSON (two spaces, {@code \n} line ends, map
 * keys sorted, empty optional values left out, a final newline), described by
 * {@code spec/schemas/report.schema.json}. The same report always gives the same bytes; only the run's
 * timestamps and the case durations differ between two runs of the same suite.
 */
public final class ReportFile {

    /** The file name used in an output directory. */
    public static final String NAME = "report.json";

    private static final ObjectWriter WRITER = ReportJson.pretty();

    private ReportFile() {
    }

    /** Returns the file content for {@code report}. */
    public static byte[] render(RunReport report) {
        try {
            return (WRITER.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /** Writes {@code report} to {@code target} atomically. */
    public static void write(RunReport report, Path target) throws IOException {
        AtomicFiles.write(target, render(report));
    }

    /**
     * Reads a report file.
     *
     * @throws IllegalArgumentException naming the file when it is not a report
     */
    public static RunReport read(Path source) throws IOException {
        return parse(Files.readString(source, StandardCharsets.UTF_8), source.toString());
    }

    /**
     * Parses report JSON; {@code origin} names where it came from in the error message.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not a report
     */
    public static RunReport parse(String json, String origin) {
        try {
            return ReportJson.read(json, RunReport.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }
}
