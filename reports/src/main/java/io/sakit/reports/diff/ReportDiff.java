package io.sakit.reports.diff;

import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The differences between a report ({@code before}) and a later one ({@code after}): both verdicts, the
 * properties of the run's identity that differ, the requirements whose status changed, the cases whose
 * outcome changed, and the ids of the cases only in {@code after} (added) or only in {@code before} (removed).
 */
public record ReportDiff(Verdict verdictBefore, Verdict verdictAfter, List<ValueChange> identity, List<StatusChange<RequirementStatus>> requirements,
        List<StatusChange<Outcome>> cases, List<String> added, List<String> removed) {

    /** Requires both verdicts; copies the lists. */
    public ReportDiff {
        Objects.requireNonNull(verdictBefore, "verdictBefore");
        Objects.requireNonNull(verdictAfter, "verdictAfter");
        identity = List.copyOf(identity);
        requirements = List.copyOf(requirements);
        cases = List.copyOf(cases);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Returns whether the verdict changed. */
    public boolean verdictChanged() {
        return verdictBefore != verdictAfter;
    }

    /** Returns whether both reports are of the same run: same adapter, options, capabilities, profile, kit digest, seed and budget. */
    public boolean sameRun() {
        return identity.isEmpty();
    }

    /** Returns whether nothing differs. */
    public boolean isEmpty() {
        return !verdictChanged() && identity.isEmpty() && requirements.isEmpty() && cases.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
}
