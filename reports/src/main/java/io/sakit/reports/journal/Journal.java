package io.sakit.reports.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A journal read back: the run's identity, the cases that finished, when the run finished if it went
 * through all its cases, and whether the last line was cut off mid-write (and so left out).
 */
public record Journal(RunInfo info, List<CaseResult> cases, Optional<Instant> finished, boolean truncated) {

    /** The file name used in an output directory. */
    public static final String NAME = "results.jsonl";

    /** Requires every part; copies the cases. */
    public Journal {
        Objects.requireNonNull(info, "info");
        cases = List.copyOf(cases);
        Objects.requireNonNull(finished, "finished");
    }

    /** Returns whether the journal is marked complete: every case of the run finished. */
    public boolean complete() {
        return finished.isPresent();
    }

    /**
     * Reads a journal. A last line without its newline that does not parse is a write cut short by a
     * kill: it is left out and the journal is {@link #truncated}. Any other line that does not parse is
     * an error.
     *
     * @throws IllegalArgumentException naming the file and line when the journal is malformed or has no run header
     */
    public static Journal read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        boolean truncated = !lines[last].isEmpty() && !parses(lines[last]);
        int usable = truncated || lines[last].isEmpty() ? last : lines.length;
        if (usable == 0 || lines[0].isBlank()) {
            throw new IllegalArgumentException(file + ": journal has no run header; the run stopped before it wrote one");
        }
        RunInfo info = parse(lines[0], RunInfo.class, file, 1);
        return body(file, lines, usable, info, truncated);
    }

    private static Journal body(Path file, String[] lines, int usable, RunInfo info, boolean truncated) {
        List<CaseResult> cases = new ArrayList<>();
        Optional<Instant> finished = Optional.empty();
        for (int i = 1; i < usable; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (finished.isPresent()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": journal continues after its end line");
            }
            JsonNode node = parse(lines[i], JsonNode.class, file, i + 1);
            if (node.has("complete")) {
                finished = Optional.of(parse(lines[i], JournalEnd.class, file, i + 1).finished());
            } else {
                cases.add(parse(lines[i], CaseResult.class, file, i + 1));
            }
        }
        return new Journal(info, cases, finished, truncated);
    }

    private static boolean parses(String line) {
        try {
            ReportJson.mapper().readTree(line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> T parse(String line, Class<T> type, Path file, int number) {
        try {
            return ReportJson.read(line, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the report of this journal: the verdict is recomputed from the cases and is INCOMPLETE unless
     * the journal is marked complete (or a MUST requirement already failed, which makes it NONCONFORMANT).
     */
    public RunReport toReport(RequirementCatalog catalog) {
        RunInfo withEnd = finished.map(info::finishedAt).orElse(info.unfinished());
        return Aggregation.report(withEnd, cases, catalog, complete());
    }
}
