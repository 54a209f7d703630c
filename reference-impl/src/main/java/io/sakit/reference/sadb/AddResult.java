package io.sakit.reference.sadb;

import io.sakit.spec.codec.Rejection;

/** The outcome of adding a bundle: its handle (and parser-entry handle), or the rejection. */
public sealed interface AddResult permits AddResult.Added, AddResult.Refused {

    /** The bundle was added under {@code handle}; {@code entryHandle} is its parser entry, or 0. */
    record Added(long handle, long entryHandle) implements AddResult {
    }

    /** The request was refused; nothing changed. */
    record Refused(Rejection rejection) implements AddResult {
    }
}
