package io.sakit.reports.html;

import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.requirement.Requirement;
import io.sakit.spec.requirement.RequirementCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The requirement matrix, one table body per family: id (with the requirement's text from the catalog),
 * level, status, cases per outcome and the note. The filter bar is hidden until the inline script shows
 * it, so without script the page is a complete static table.
 */
final class MatrixSection {

    private MatrixSection() {
    }

    static void append(Markup html, RunReport report, RequirementCatalog catalog) {
        html.open("section", "class", "panel", "id", "requirements").element("h2", "Requirements").line();
        filters(html, report);
        html.open("table", "id", "matrix").open("thead").open("tr");
        for (String heading : List.of("Requirement", "Level", "Status", "Cases", "Note")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").line();
        for (String family : Labels.families(report)) {
            List<RequirementVerdict> rows = report.requirements().stream().filter(v -> v.family().equals(family)).toList();
            if (!rows.isEmpty()) {
                group(html, report, family, rows, catalog);
            }
        }
        html.close("table").close("section").line();
    }

    private static void filters(Markup html, RunReport report) {
        html.open("div", "class", "filters", "id", "filters", "hidden", "", "role", "search").line();
        html.element("label", "Family", "for", "f-family").open("select", "id", "f-family").element("option", "all families", "value", "");
        for (String family : Labels.families(report)) {
            long n = report.requirements().stream().filter(v -> v.family().equals(family)).count();
            html.element("option", family + " (" + n + ")", "value", family);
        }
        html.close("select").line();
        html.element("label", "Status", "for", "f-status").open("select", "id", "f-status").element("option", "all statuses", "value", "");
        for (RequirementStatus status : RequirementStatus.values()) {
            long n = report.requirements().stream().filter(v -> v.status() == status).count();
            if (n > 0) {
                html.element("option", Labels.status(status) + " (" + n + ")", "value", status.name());
            }
        }
        html.close("select").line();
        html.element("label", "Search", "for", "f-text").open("input", "id", "f-text", "type", "search", "placeholder", "id, text or note")
                .element("span", "", "class", "shown", "id", "f-shown").close("div").line();
    }

    private static void group(Markup html, RunReport report, String family, List<RequirementVerdict> rows, RequirementCatalog catalog) {
        long met = rows.stream().filter(v -> v.status().isMet()).count();
        long problems = rows.stream().filter(v -> v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR).count();
        html.open("tbody", "data-family", family).open("tr", "class", "family-row").open("th", "colspan", "5", "scope", "rowgroup")
                .text(Labels.family(family))
                .element("span", rows.size() + " requirements · " + met + " met · " + problems + " not met", "class", "family-summary")
                .close("th").close("tr").line();
        for (RequirementVerdict verdict : rows) {
            row(html, report, verdict, catalog.find(verdict.id()));
        }
        html.close("tbody").line();
    }

    private static void row(Markup html, RunReport report, RequirementVerdict verdict, Optional<Requirement> requirement) {
        html.open("tr", "class", "req st-" + verdict.status().name(), "id", Anchors.requirement(verdict.id()), "data-family", verdict.family(),
                "data-status", verdict.status().name());
        html.open("td", "class", "rid").element("span", verdict.id(), "class", "rid-id");
        requirement.ifPresent(r -> html.element("span", r.text(), "class", "rtext"));
        html.close("td");
        html.element("td", verdict.level(), "class", "level " + verdict.level());
        html.open("td").element("span", Labels.status(verdict.status()), "class", "badge s-" + verdict.status().name()).close("td");
        counts(html, verdict);
        note(html, report, verdict);
        html.close("tr").line();
    }

    private static void counts(Markup html, RequirementVerdict verdict) {
        html.open("td", "class", "counts");
        for (Outcome outcome : Labels.OUTCOMES) {
            Integer n = verdict.cases().get(outcome);
            if (n != null) {
                html.element("span", n.toString(), "class", "count o-" + outcome.name(), "title", n + " " + Labels.outcome(outcome));
            }
        }
        if (verdict.cases().isEmpty()) {
            html.element("span", "—", "class", "empty");
        }
        html.close("td");
    }

    private static void note(Markup html, RunReport report, RequirementVerdict verdict) {
        html.open("td", "class", "note");
        report.firstProblem(verdict.id()).ifPresentOrElse(
                problem -> html.open("a", "href", "#" + Anchors.testCase(problem.id())).text(verdict.note()).close("a"),
                () -> html.text(verdict.note()));
        html.close("td");
    }
}
