package io.sakit.conformance.suite;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Thrown by a case body when the implementation did not do what a requirement demands: FAIL, with expected and actual. */
public final class ConformanceFailure extends AssertionError {

    private static final Pattern LEADING_REQUIREMENT = Pattern.compile("^((?:ADD|DEL|CAP|FLT|RX|TX|UDP|ROB|SEQ)-[A-Z0-9]{2,4}-[0-9]{3})\\b");

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

    /** Returns the requirement the message starts with ({@code "ADD-ATM-002: ..."}): the one this failure breaks, or empty. */
    public Optional<String> requirement() {
        Matcher matcher = LEADING_REQUIREMENT.matcher(getMessage() == null ? "" : getMessage());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Returns what the implementation did, or empty. */
    public Optional<String> actual() {
        return Optional.ofNullable(actual);
    }
}
