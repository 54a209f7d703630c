package io.sakit.reports.junit;

import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code junit.xml}: {@code <testsuites>} named with the verdict headline, one {@code <testsuite>} per
 * family (in the order families first appear), one {@code <testcase>} per case named
 * {@code [REQ-ID, …] case-id} with class name {@code sakit.FAMILY}. FAIL becomes {@code <failure>} with the
 * message, expected, actual and reproduction command; ERROR becomes {@code <error>}; NOT_APPLICABLE becomes
 * {@code <skipped>} with its reason; ACCEPTABLE passes with a {@code <system-out>} note. Times are seconds.
 */
public final class JunitXmlReport {

    /** The file name used in an output directory. */
    public static final String NAME = "junit.xml";

    private JunitXmlReport() {
    }

    /** Returns the XML document for {@code report}. */
    public static String render(RunReport report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(Xml.attribute("sakit: " + VerdictStatement.headline(report))).append('"');
        totals(xml, report.cases()).append(">\n");
        byFamily(report.cases()).forEach((family, cases) -> suite(xml, report.info(), family, cases));
        return xml.append("</testsuites>\n").toString();
    }

    /** Writes the document for {@code report} to {@code target} atomically. */
    public static void write(RunReport report, Path target) throws IOException {
        AtomicFiles.write(target, render(report));
    }

    private static Map<String, List<CaseResult>> byFamily(List<CaseResult> cases) {
        Map<String, List<CaseResult>> families = new LinkedHashMap<>();
        cases.forEach(c -> families.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c));
        return families;
    }

    private static StringBuilder totals(StringBuilder xml, List<CaseResult> cases) {
        return xml.append(" tests=\"").append(cases.size()).append("\" failures=\"").append(count(cases, Outcome.FAIL)).append("\" errors=\"")
                .append(count(cases, Outcome.ERROR)).append("\" skipped=\"").append(count(cases, Outcome.NOT_APPLICABLE)).append("\" time=\"")
                .append(seconds(cases.stream().mapToLong(CaseResult::durationMicros).sum())).append('"');
    }

    private static void suite(StringBuilder xml, RunInfo info, String family, List<CaseResult> cases) {
        xml.append("  <testsuite name=\"").append(Xml.attribute("sakit." + family)).append('"');
        totals(xml, cases).append(" timestamp=\"").append(info.started()).append("\">\n");
        properties(xml, info);
        cases.forEach(c -> testCase(xml, c));
        xml.append("  </testsuite>\n");
    }

    private static void properties(StringBuilder xml, RunInfo info) {
        xml.append("    <properties>\n");
        property(xml, "adapter", info.adapter().id());
        info.adapter().options().forEach((key, value) -> property(xml, "adapter.option." + key, value));
        property(xml, "profile", info.profile());
        property(xml, "seed", Long.toString(info.seed()));
        property(xml, "budget", info.budget());
        property(xml, "shard", info.shard().toString());
        property(xml, "kit.version", info.kitVersion());
        property(xml, "spec.version", info.specVersion());
        info.digests().forEach((name, digest) -> property(xml, "digest." + name, digest));
        xml.append("    </properties>\n");
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(Xml.attribute(name)).append("\" value=\"").append(Xml.attribute(value)).append("\"/>\n");
    }

    private static void testCase(StringBuilder xml, CaseResult result) {
        xml.append("    <testcase name=\"").append(Xml.attribute(name(result))).append("\" classname=\"").append(Xml.attribute("sakit." + result.family()))
                .append("\" time=\"").append(seconds(result.durationMicros())).append('"');
        if (result.outcome() == Outcome.PASS) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        body(xml, result);
        xml.append("    </testcase>\n");
    }

    private static void body(StringBuilder xml, CaseResult result) {
        switch (result.outcome()) {
            case FAIL -> problem(xml, "failure", result);
            case ERROR -> problem(xml, "error", result);
            case NOT_APPLICABLE -> xml.append("      <skipped message=\"").append(Xml.attribute(result.message())).append("\"/>\n");
            case ACCEPTABLE -> xml.append("      <system-out>").append(Xml.text("ACCEPTABLE: " + result.message())).append("</system-out>\n");
            case PASS -> throw new IllegalStateException("a passing case has no body");
        }
    }

    private static void problem(StringBuilder xml, String element, CaseResult result) {
        xml.append("      <").append(element).append(" message=\"").append(Xml.attribute(result.message())).append("\" type=\"")
                .append(result.outcome()).append("\">").append(Xml.text(details(result))).append("</").append(element).append(">\n");
    }

    /** Returns the case's name in the report: its requirement ids in brackets, then its id. */
    public static String name(CaseResult result) {
        return "[" + String.join(", ", result.requirements()) + "] " + result.id();
    }

    private static String details(CaseResult result) {
        StringBuilder text = new StringBuilder(result.message()).append('\n');
        result.expected().ifPresent(e -> text.append("expected: ").append(e).append('\n'));
        result.actual().ifPresent(a -> text.append("actual:   ").append(a).append('\n'));
        result.vector().ifPresent(v -> text.append("vector:   ").append(v).append('\n'));
        result.seed().ifPresent(s -> text.append("seed:     ").append(s).append('\n'));
        result.counterexample().ifPresent(c -> text.append("counterexample: ").append(c).append('\n'));
        return text.append("reproduce: ").append(result.reproduce()).append('\n').toString();
    }

    private static long count(List<CaseResult> cases, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1_000_000.0);
    }
}
