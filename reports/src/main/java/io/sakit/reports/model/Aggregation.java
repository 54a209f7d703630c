package io.sakit.reports.model;

import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.requirement.Level;
import io.sakit.spec.requirement.Requirement;
import io.sakit.spec.requirement.RequirementCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns case results into requirement verdicts and the run's verdict (SPEC.md section 14.4): a run is
 * CONFORMANT when every applicable MUST requirement is met, NONCONFORMANT when one failed or errored, and
 * INCOMPLETE when it did not cover the whole suite or was cut short and nothing failed in what ran.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /** Returns the report for these cases; {@code complete} says whether every case of the run finished. */
    public static RunReport report(RunInfo info, List<CaseResult> cases, RequirementCatalog catalog, boolean complete) {
        List<RequirementVerdict> verdicts = requirementVerdicts(cases, catalog, info.capabilities());
        return new RunReport(info, cases, verdicts, verdict(verdicts, complete && info.coversWholeSuite()));
    }

    /** Returns the verdict on every requirement of the catalog, in catalog order. */
    public static List<RequirementVerdict> requirementVerdicts(List<CaseResult> cases, RequirementCatalog catalog, AdapterCapabilities capabilities) {
        Map<String, List<CaseResult>> byRequirement = new HashMap<>();
        for (CaseResult result : cases) {
            for (String id : result.requirements()) {
                byRequirement.computeIfAbsent(id, k -> new ArrayList<>()).add(result);
            }
        }
        List<RequirementVerdict> verdicts = new ArrayList<>();
        for (Requirement requirement : catalog.all()) {
            verdicts.add(verdict(requirement, byRequirement.getOrDefault(requirement.id(), List.of()), capabilities));
        }
        return verdicts;
    }

    private static RequirementVerdict verdict(Requirement requirement, List<CaseResult> cases, AdapterCapabilities capabilities) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        cases.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        RequirementStatus status;
        String note = "";
        if (!requirement.testable()) {
            status = RequirementStatus.UNTESTABLE;
            note = requirement.untestableReason().orElse("");
        } else if (!requirement.appliesTo(capabilities)) {
            status = RequirementStatus.NOT_APPLICABLE;
            note = "not advertised: " + requirement.missing(capabilities).stream().map(Enum::name).collect(Collectors.joining(", "));
        } else {
            status = status(counts);
            note = firstProblem(cases, status);
        }
        return new RequirementVerdict(requirement.id(), requirement.level().name(), requirement.family().name(), status, counts, note);
    }

    private static RequirementStatus status(Map<Outcome, Integer> counts) {
        if (counts.isEmpty()) {
            return RequirementStatus.NOT_RUN;
        }
        if (counts.containsKey(Outcome.FAIL)) {
            return RequirementStatus.FAIL;
        }
        if (counts.containsKey(Outcome.ERROR)) {
            return RequirementStatus.ERROR;
        }
        if (!counts.containsKey(Outcome.PASS) && !counts.containsKey(Outcome.ACCEPTABLE)) {
            return RequirementStatus.NOT_APPLICABLE;
        }
        return counts.containsKey(Outcome.ACCEPTABLE) ? RequirementStatus.ACCEPTABLE : RequirementStatus.PASS;
    }

    private static String firstProblem(List<CaseResult> cases, RequirementStatus status) {
        if (status != RequirementStatus.FAIL && status != RequirementStatus.ERROR) {
            return "";
        }
        Outcome wanted = status == RequirementStatus.FAIL ? Outcome.FAIL : Outcome.ERROR;
        return cases.stream().filter(c -> c.outcome() == wanted).findFirst().map(c -> c.id() + ": " + c.message()).orElse("");
    }

    private static Verdict verdict(List<RequirementVerdict> verdicts, boolean complete) {
        boolean mustProblem = verdicts.stream().anyMatch(v -> v.level().equals(Level.MUST.name())
                && (v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR));
        if (mustProblem) {
            return Verdict.NONCONFORMANT;
        }
        boolean mustNotRun = verdicts.stream().anyMatch(v -> v.level().equals(Level.MUST.name()) && v.status() == RequirementStatus.NOT_RUN);
        return complete && !mustNotRun ? Verdict.CONFORMANT : Verdict.INCOMPLETE;
    }
}
