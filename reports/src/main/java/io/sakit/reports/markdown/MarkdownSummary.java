package io.sakit.reports.markdown;

import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import io.sakit.spec.requirement.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code summary.md}, short enough for a pull-request comment: the verdict headline and its reason,
 * the run's identity on one line, the cases per outcome, one table row per family, and the failing
 * requirements (MUST first) each with its first failing case and the command that reproduces it. The list
 * stops at {@code maxRequirements} entries or {@code maxChars} characters, whichever comes first, and says
 * "and N more".
 */
public final class MarkdownSummary {

    /** The file name used in an output directory. */
    public static final String NAME = "summary.md";
    /** The default number of failing requirements listed. */
    public static final int DEFAULT_REQUIREMENTS = 10;
    /** The default length limit of the list, in characters; GitHub comments take 65536. */
    public static final int DEFAULT_CHARS = 20_000;

    private static final int MESSAGE = 160;
    private static final int COMMAND = 400;
    private static final List<Outcome> OUTCOMES = List.of(Outcome.PASS, Outcome.FAIL, Outcome.ERROR, Outcome.ACCEPTABLE, Outcome.NOT_APPLICABLE);

    private final int maxRequirements;
    private final int maxChars;

    /** Creates a writer that lists at most {@code maxRequirements} failing requirements in at most {@code maxChars} characters. */
    public MarkdownSummary(int maxRequirements, int maxChars) {
        if (maxRequirements < 0 || maxChars < 0) {
            throw new IllegalArgumentException("limits " + maxRequirements + " and " + maxChars + " must not be negative");
        }
        this.maxRequirements = maxRequirements;
        this.maxChars = maxChars;
    }

    /** Returns a writer with the default limits. */
    public static MarkdownSummary withDefaults() {
        return new MarkdownSummary(DEFAULT_REQUIREMENTS, DEFAULT_CHARS);
    }

    /** Returns the summary of {@code report}. */
    public String render(RunReport report) {
        StringBuilder md = new StringBuilder();
        md.append("## sakit: ").append(Md.text(VerdictStatement.headline(report))).append("\n\n");
        md.append(Md.text(VerdictStatement.explanation(report))).append("\n\n");
        md.append(identity(report.info())).append("\n\n");
        md.append(outcomes(report)).append("\n\n");
        families(md, report);
        failing(md, report);
        return md.append("Full evidence: `report.html` · CI: `junit.xml` · data: `report.json`\n").toString();
    }

    /** Writes the summary of {@code report} to {@code target} atomically. */
    public void write(RunReport report, Path target) throws IOException {
        AtomicFiles.write(target, render(report));
    }

    private static String identity(RunInfo info) {
        return "Adapter " + Md.code(info.adapter().id()) + " · profile " + Md.code(info.profile()) + " · seed " + info.seed() + " · budget "
                + Md.code(info.budget()) + " · shard " + info.shard() + " · kit " + Md.code(info.kitVersion())
                + Optional.ofNullable(info.digests().get("kit")).map(d -> " (" + Md.code(d) + ")").orElse("");
    }

    private static String outcomes(RunReport report) {
        StringBuilder line = new StringBuilder("**").append(VerdictStatement.count(report.cases().size(), "case")).append("**:");
        for (Outcome outcome : OUTCOMES) {
            line.append(' ').append(report.count(outcome)).append(' ').append(label(outcome)).append(outcome == Outcome.NOT_APPLICABLE ? "" : " ·");
        }
        return line.toString();
    }

    private static void families(StringBuilder md, RunReport report) {
        md.append("| Family | Requirements | Met | Not met | Not run | PASS | FAIL | ERROR | ACCEPTABLE | N/A |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, List<RequirementVerdict>> byFamily = new LinkedHashMap<>();
        report.requirements().forEach(v -> byFamily.computeIfAbsent(v.family(), k -> new ArrayList<>()).add(v));
        report.cases().forEach(c -> byFamily.computeIfAbsent(c.family(), k -> new ArrayList<>()));
        byFamily.forEach((family, verdicts) -> md.append(row(report, family, verdicts)));
        md.append('\n');
    }

    private static String row(RunReport report, String family, List<RequirementVerdict> verdicts) {
        StringBuilder row = new StringBuilder("| ").append(Md.text(family)).append(" | ").append(verdicts.size());
        row.append(" | ").append(verdicts.stream().filter(v -> v.status().isMet()).count());
        row.append(" | ").append(verdicts.stream().filter(v -> problem(v.status())).count());
        row.append(" | ").append(verdicts.stream().filter(v -> v.status() == RequirementStatus.NOT_RUN).count());
        for (Outcome outcome : OUTCOMES) {
            row.append(" | ").append(report.cases().stream().filter(c -> c.family().equals(family) && c.outcome() == outcome).count());
        }
        return row.append(" |\n").toString();
    }

    private void failing(StringBuilder md, RunReport report) {
        List<RequirementVerdict> failing = report.requirements().stream().filter(v -> problem(v.status()))
                .sorted(Comparator.comparingInt(v -> levelRank(v.level()))).toList();
        if (failing.isEmpty()) {
            return;
        }
        md.append("### Failing requirements (").append(failing.size()).append(")\n\n");
        int listed = 0;
        int length = 0;
        for (RequirementVerdict verdict : failing) {
            String entry = entry(report, verdict);
            if (listed == maxRequirements || length + entry.length() > maxChars) {
                break;
            }
            md.append(entry);
            length += entry.length();
            listed++;
        }
        if (listed < failing.size()) {
            md.append("- and ").append(failing.size() - listed).append(" more: see `report.html`\n");
        }
        md.append('\n');
    }

    private static String entry(RunReport report, RequirementVerdict verdict) {
        StringBuilder entry = new StringBuilder("- **").append(Md.text(verdict.id())).append("** (").append(verdict.level()).append(", ")
                .append(verdict.status()).append(")");
        report.firstProblem(verdict.id()).ifPresent(c -> entry.append(": ").append(Md.code(c.id())).append(" — ").append(Md.text(Md.shorten(c.message(), MESSAGE)))
                .append("\n  ").append(Md.code(Md.shorten(c.reproduce(), COMMAND))));
        return entry.append('\n').toString();
    }

    private static boolean problem(RequirementStatus status) {
        return status == RequirementStatus.FAIL || status == RequirementStatus.ERROR;
    }

    private static int levelRank(String level) {
        return level.equals(Level.MUST.name()) ? 0 : level.equals(Level.SHOULD.name()) ? 1 : 2;
    }

    private static String label(Outcome outcome) {
        return outcome == Outcome.NOT_APPLICABLE ? "N/A" : outcome.name();
    }
}
