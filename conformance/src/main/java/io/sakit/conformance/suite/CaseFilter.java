package io.sakit.conformance.suite;

import io.sakit.reports.model.Shard;
import java.util.List;
import java.util.Set;

/**
 * Which cases a run includes: those named by {@code only} (a case id, a requirement id or a family name;
 * all when empty) that fall in the run's shard.
 */
public record CaseFilter(Set<String> only, Shard shard) {

    /** Every case. */
    public static final CaseFilter ALL = new CaseFilter(Set.of(), Shard.WHOLE);

    /** Copies the names. */
    public CaseFilter {
        only = Set.copyOf(only);
    }

    /** Returns whether the run includes {@code conformanceCase}. */
    public boolean includes(ConformanceCase conformanceCase) {
        return shard.contains(conformanceCase.id()) && (only.isEmpty() || named(conformanceCase));
    }

    private boolean named(ConformanceCase c) {
        return only.contains(c.id()) || only.contains(c.family().name()) || c.requirements().stream().anyMatch(only::contains);
    }

    /** Returns the cases of {@code cases} the run includes, in order. */
    public List<ConformanceCase> apply(List<ConformanceCase> cases) {
        return cases.stream().filter(this::includes).toList();
    }
}
