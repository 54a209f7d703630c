package io.sakit.reports.model;

/** How one case ended (SPEC.md section 14.3). */
public enum Outcome {
    /** The implementation did what the specification requires. */
    PASS,
    /** The implementation did something else; the case carries expected and actual. */
    FAIL,
    /** The case does not apply: a capability it needs is not advertised, or its profile is another. */
    NOT_APPLICABLE,
    /** The implementation chose an alternative the specification allows; the case carries the reason. */
    ACCEPTABLE,
    /** The implementation threw, hung past its time limit or broke the adapter contract. */
    ERROR;

    /** Returns whether this outcome counts against conformance. */
    public boolean isProblem() {
        return this == FAIL || this == ERROR;
    }
}
