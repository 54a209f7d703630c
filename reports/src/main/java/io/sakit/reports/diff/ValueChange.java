package io.sakit.reports.diff;

import java.util.Objects;

/** One property of the run that differs between two reports: what it is, its value before and after. */
public record ValueChange(String what, String before, String after) {

    /** Requires every part, and different values. */
    public ValueChange {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            throw new IllegalArgumentException(what + " did not change: " + before);
        }
    }
}
