package io.sakit.spec.vector;

import java.util.Locale;

/** The verdict class of an OID request test (Wycheproof's {@code result}). */
public enum Result {
    /** A conforming adapter completes the request with the test's status, which is SUCCESS. */
    VALID,
    /** A conforming adapter refuses the request with the test's status. */
    INVALID,
    /** The test's status or one of its {@code alsoAcceptable} statuses conforms. */
    ACCEPTABLE;

    /** Returns the lower-case value used in vector files. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
