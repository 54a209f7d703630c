package io.sakit.reports.model;

/** The verdict of a run (SPEC.md section 14.4). */
public enum Verdict {
    /** Every applicable MUST requirement is met. */
    CONFORMANT,
    /** At least one applicable MUST requirement failed or errored. */
    NONCONFORMANT,
    /** The run did not cover the whole suite (killed, filtered or one shard) and no MUST failed in what ran. */
    INCOMPLETE
}
