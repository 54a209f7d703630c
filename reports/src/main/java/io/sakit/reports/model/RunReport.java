package io.sakit.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The complete results of a run: what ran, every case, the verdict on every requirement, and the run's verdict. */
public record RunReport(RunInfo info, List<CaseResult> cases, List<RequirementVerdict> requirements, Verdict verdict) {

    /** Requires every part; copies the lists. */
    public RunReport {
        Objects.requireNonNull(info, "info");
        cases = List.copyOf(cases);
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Returns the first case that makes the requirement {@code requirementId} fail: its first FAIL case, or
     * when none failed its first ERROR case; empty when no case citing it is a problem.
     */
    public Optional<CaseResult> firstProblem(String requirementId) {
        return first(requirementId, Outcome.FAIL).or(() -> first(requirementId, Outcome.ERROR));
    }

    private Optional<CaseResult> first(String requirementId, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome && c.requirements().contains(requirementId)).findFirst();
    }

    /** Returns the number of cases with this outcome. */
    public long count(Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
}
