package io.sakit.spec.vector;

import java.util.List;

/** A group of filter matching tests. */
public record FilterMatchGroup(List<FilterMatchTest> tests) {

    /** Copies the tests. */
    public FilterMatchGroup {
        tests = List.copyOf(tests);
    }
}
