package io.sakit.reports.html;

import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunReport;
import java.util.List;

/** The allowed alternatives the implementation took, then every case of the run in a collapsed table. */
final class CasesSection {

    private CasesSection() {
    }

    static void append(Markup html, RunReport report) {
        List<CaseResult> acceptable = report.cases().stream().filter(c -> c.outcome() == Outcome.ACCEPTABLE).toList();
        if (!acceptable.isEmpty()) {
            html.open("section", "class", "panel", "id", "acceptable").element("h2", "Allowed alternatives (" + acceptable.size() + ")").line();
            table(html, acceptable);
            html.close("section").line();
        }
        html.open("section", "class", "panel", "id", "cases").open("details", "class", "all")
                .element("summary", "All cases (" + report.cases().size() + ")").line();
        table(html, report.cases());
        html.close("details").close("section").line();
    }

    private static void table(Markup html, List<CaseResult> cases) {
        html.open("table", "class", "cases").open("thead").open("tr");
        for (String heading : List.of("Case", "Requirements", "Outcome", "Time", "Message")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody").line();
        for (CaseResult result : cases) {
            html.open("tr").element("td", result.id(), "class", "mono").element("td", String.join(" ", result.requirements()), "class", "mono");
            html.open("td").element("span", Labels.outcome(result.outcome()), "class", "badge b-" + result.outcome().name()).close("td");
            html.element("td", Labels.duration(result.durationMicros())).element("td", result.message(), "class", "note").close("tr").line();
        }
        html.close("tbody").close("table").line();
    }
}
