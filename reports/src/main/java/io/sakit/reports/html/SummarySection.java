package io.sakit.reports.html;

import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;

/** The counts at a glance: cases per outcome and requirements met, failed and not run. */
final class SummarySection {

    private SummarySection() {
    }

    static void append(Markup html, RunReport report) {
        html.open("section", "class", "panel", "id", "summary").element("h2", "Summary").line();
        html.open("div", "class", "tiles");
        tile(html, "total", report.cases().size(), "cases");
        for (Outcome outcome : Labels.OUTCOMES) {
            tile(html, "o-" + outcome.name(), report.count(outcome), Labels.outcome(outcome));
        }
        html.close("div").line();
        html.open("div", "class", "tiles requirement-tiles");
        tile(html, "o-PASS", count(report, RequirementStatus.PASS) + count(report, RequirementStatus.ACCEPTABLE), "requirements met");
        tile(html, "o-FAIL", count(report, RequirementStatus.FAIL) + count(report, RequirementStatus.ERROR), "requirements not met");
        tile(html, "o-NOT_APPLICABLE", count(report, RequirementStatus.NOT_APPLICABLE) + count(report, RequirementStatus.UNTESTABLE),
                "not applicable or untestable");
        tile(html, "total", count(report, RequirementStatus.NOT_RUN), "requirements not run");
        html.close("div").line();
        jumps(html, report);
        html.close("section").line();
    }

    private static void jumps(Markup html, RunReport report) {
        long problems = report.cases().stream().filter(c -> c.outcome().isProblem()).count();
        html.open("nav", "class", "jump").text("Go to ");
        html.element("a", "failures and errors (" + problems + ")", "href", "#failures").text(" · ");
        html.element("a", "requirements", "href", "#requirements").text(" · ").element("a", "run", "href", "#run").text(" · ");
        html.element("a", "all cases", "href", "#cases").close("nav").line();
    }

    private static long count(RunReport report, RequirementStatus status) {
        return report.requirements().stream().map(RequirementVerdict::status).filter(s -> s == status).count();
    }

    private static void tile(Markup html, String kind, long n, String label) {
        html.open("div", "class", "tile " + kind).element("span", Long.toString(n), "class", "n").element("span", label, "class", "k").close("div");
    }
}
