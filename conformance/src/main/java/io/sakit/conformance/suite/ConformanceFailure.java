package io.sakit.conformance.suite;

import java.util.Optional;

/** Thrown by a case body when the implementation did not do what a requirement demands: FAIL, with expected and actual. */
public final class ConformanceFailure extends AssertionError {

    private final String expected;
    private final String actual;

    /** Creates a failure with a one-line message and the expected and actual behaviour in words. */
    public ConformanceFailure(String message, String expected, String actual) {
        super(message);
        this.expected = expected;
        this.actual = actual;
    }

    /** Returns what the specification requires, or empty. */
    public Optional<String> expected() {
        return Optional.ofNullable(expected);
    }

    /** Returns what the implementation did, or empty. */
    public Optional<String> actual() {
        return Optional.ofNullable(actual);
    }
}
