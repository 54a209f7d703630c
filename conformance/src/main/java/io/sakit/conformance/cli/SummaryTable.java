package io.sakit.conformance.cli;

import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.requirement.Family;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

/** Prints the end-of-run summary: cases by family and outcome, the requirements not met, and the verdict. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(RunReport report, PrintWriter out) {
        out.printf("%n%-6s %6s %6s %6s %6s %6s%n", "family", "pass", "fail", "error", "n/a", "accept");
        for (Family family : Family.values()) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            for (CaseResult c : report.cases()) {
                if (c.family().equals(family.name())) {
                    counts.merge(c.outcome(), 1, Integer::sum);
                }
            }
            if (!counts.isEmpty()) {
                out.printf("%-6s %6d %6d %6d %6d %6d%n", family, counts.getOrDefault(Outcome.PASS, 0), counts.getOrDefault(Outcome.FAIL, 0),
                        counts.getOrDefault(Outcome.ERROR, 0), counts.getOrDefault(Outcome.NOT_APPLICABLE, 0), counts.getOrDefault(Outcome.ACCEPTABLE, 0));
            }
        }
        for (RequirementVerdict v : report.requirements()) {
            if (v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR) {
                out.printf("  %s %-12s %-6s %s%n", v.status(), v.id(), v.level(), v.note());
            }
        }
        out.printf("%nverdict: %s%s%n", report.verdict(), report.verdict().name().equals("CONFORMANT")
                ? " to sakit spec " + report.info().specVersion() + " under profile " + report.info().profile() : "");
        out.flush();
    }
}
