package io.sakit.reports.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * The last line of a journal whose run went through all its cases: {@code {"complete":true,"finished":…}}.
 * A journal without it is the journal of a run that was cut short.
 */
public record JournalEnd(boolean complete, Instant finished) {

    /** Requires {@code complete} (the line only exists for complete runs) and a time. */
    public JournalEnd {
        if (!complete) {
            throw new IllegalArgumentException("a journal end line marks a complete run; an incomplete run has none");
        }
        Objects.requireNonNull(finished, "finished");
    }
}
