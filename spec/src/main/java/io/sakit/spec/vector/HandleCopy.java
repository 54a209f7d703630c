package io.sakit.spec.vector;

import java.util.Objects;

/**
 * An instruction to the runner: before sending a step, write the handle that setup step {@code from}
 * returned in {@code field} at byte offset {@code at} of the step's buffer, sizeof(HANDLE) bytes little-endian.
 */
public record HandleCopy(int from, HandleField field, int at) {

    /** Requires a non-negative setup index and offset. */
    public HandleCopy {
        Objects.requireNonNull(field, "field");
        if (from < 0 || at < 0) {
            throw new IllegalArgumentException("handle copy from step " + from + " at offset " + at + ": both must be non-negative");
        }
    }
}
