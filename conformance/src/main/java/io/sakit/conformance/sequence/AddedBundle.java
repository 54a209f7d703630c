package io.sakit.conformance.sequence;

import io.sakit.spec.model.AddSaRequest;

/** A bundle one side of a sequence created: the handle that side returned (0 when none) and the request, keys included, that created it. */
public record AddedBundle(long handle, AddSaRequest request) {

    /** The bundle a reference names before any add succeeded: NULL, no request. */
    static final AddedBundle NONE = new AddedBundle(0, null);

    /** Returns whether the reference named no bundle. */
    public boolean isNone() {
        return request == null;
    }
}
