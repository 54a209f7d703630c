package io.sakit.reports.model;

import java.util.Map;
import java.util.Objects;

/** The verdict on one requirement, with the number of its cases per outcome and the reason when it is not met. */
public record RequirementVerdict(String id, String level, String family, RequirementStatus status, Map<Outcome, Integer> cases, String note) {

    /** Requires every part; copies the counts. */
    public RequirementVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(status, "status");
        cases = Map.copyOf(cases);
        Objects.requireNonNull(note, "note");
    }
}
