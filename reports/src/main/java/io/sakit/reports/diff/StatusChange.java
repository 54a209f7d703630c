package io.sakit.reports.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * A requirement or case whose status changed between two reports; {@code before} or {@code after} is empty
 * when the requirement or case is only in the other report. {@code S} is the status type: a requirement
 * status or a case outcome.
 */
public record StatusChange<S>(String id, Optional<S> before, Optional<S> after) {

    /** Requires an id and a real change. */
    public StatusChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            throw new IllegalArgumentException(id + " did not change: " + before.map(Object::toString).orElse("absent"));
        }
    }
}
