package io.sakit.reports.html;

import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import java.util.List;
import java.util.Locale;

/**
 * Two inline SVG bar charts: cases per outcome by family (stacked) and time by family. Colours come from
 * the style sheet through class names, so the charts need no style attributes.
 */
final class Charts {

    private static final int WIDTH = 560;
    private static final int LABEL = 56;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int RIGHT = 90;

    private Charts() {
    }

    static void append(Markup html, RunReport report) {
        List<String> families = Labels.families(report).stream().filter(f -> report.cases().stream().anyMatch(c -> c.family().equals(f))).toList();
        if (families.isEmpty()) {
            return;
        }
        html.open("section", "class", "panel", "id", "charts").element("h2", "By family").line().open("div", "class", "charts");
        outcomes(html, report, families);
        time(html, report, families);
        html.close("div").close("section").line();
    }

    private static void outcomes(Markup html, RunReport report, List<String> families) {
        long max = families.stream().mapToLong(f -> cases(report, f).size()).max().orElse(1);
        int height = families.size() * ROW + 34;
        open(html, "Cases per outcome by family", height);
        int y = 4;
        for (String family : families) {
            List<CaseResult> cases = cases(report, family);
            label(html, family, y);
            double x = LABEL;
            for (Outcome outcome : Labels.OUTCOMES) {
                long n = cases.stream().filter(c -> c.outcome() == outcome).count();
                double w = scale(n, max);
                if (n > 0) {
                    rect(html, "o-" + outcome.name(), x, y, w, family + ": " + n + " " + Labels.outcome(outcome));
                }
                x += w;
            }
            value(html, x + 6, y, VerdictStatement.count(cases.size(), "case"));
            y += ROW;
        }
        legend(html, y + 10);
        html.close("svg").close("figure").line();
    }

    private static void time(Markup html, RunReport report, List<String> families) {
        long max = Math.max(1, families.stream().mapToLong(f -> micros(report, f)).max().orElse(1));
        open(html, "Time by family", families.size() * ROW + 8);
        int y = 4;
        for (String family : families) {
            long micros = micros(report, family);
            label(html, family, y);
            double w = scale(micros, max);
            rect(html, "time-bar", LABEL, y, w, family + ": " + Labels.duration(micros));
            value(html, LABEL + w + 6, y, Labels.duration(micros));
            y += ROW;
        }
        html.close("svg").close("figure").line();
    }

    private static List<CaseResult> cases(RunReport report, String family) {
        return report.cases().stream().filter(c -> c.family().equals(family)).toList();
    }

    private static long micros(RunReport report, String family) {
        return cases(report, family).stream().mapToLong(CaseResult::durationMicros).sum();
    }

    private static double scale(long n, long max) {
        return (double) n * (WIDTH - LABEL - RIGHT) / max;
    }

    private static void open(Markup html, String title, int height) {
        html.open("figure").element("figcaption", title).open("svg", "class", "chart", "viewBox", "0 0 " + WIDTH + " " + height, "width",
                Integer.toString(WIDTH), "height", Integer.toString(height), "role", "img", "aria-label", title, "xmlns", "http://www.w3.org/2000/svg");
    }

    private static void label(Markup html, String family, int y) {
        html.element("text", family, "class", "label", "x", "0", "y", Integer.toString(y + BAR - 3));
    }

    private static void value(Markup html, double x, int y, String text) {
        html.element("text", text, "x", number(x), "y", Integer.toString(y + BAR - 3));
    }

    private static void rect(Markup html, String kind, double x, int y, double w, String title) {
        html.open("rect", "class", kind, "x", number(x), "y", Integer.toString(y), "width", number(Math.max(w, 1)), "height", Integer.toString(BAR),
                "rx", "2").element("title", title).close("rect");
    }

    private static void legend(Markup html, int y) {
        int x = LABEL;
        for (Outcome outcome : Labels.OUTCOMES) {
            html.open("rect", "class", "o-" + outcome.name(), "x", Integer.toString(x), "y", Integer.toString(y), "width", "10", "height", "10").close("rect");
            html.element("text", Labels.outcome(outcome), "x", Integer.toString(x + 14), "y", Integer.toString(y + 9));
            x += 24 + Labels.outcome(outcome).length() * 8;
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
