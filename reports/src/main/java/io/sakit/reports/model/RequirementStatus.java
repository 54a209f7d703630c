package io.sakit.reports.model;

/** The verdict on one requirement, aggregated from the cases that cite it. */
public enum RequirementStatus {
    /** Every applicable case passed. */
    PASS,
    /** Every applicable case passed or took an allowed alternative, at least one the latter. */
    ACCEPTABLE,
    /** At least one case failed. */
    FAIL,
    /** No case failed, at least one ended in ERROR. */
    ERROR,
    /** The requirement, or every case citing it, does not apply to this adapter. */
    NOT_APPLICABLE,
    /** The requirement cannot be observed through the adapter SPI (the catalog gives the reason). */
    UNTESTABLE,
    /** No case citing it ran in this run (filtered by --only, or in another shard). */
    NOT_RUN;

    /** Returns whether the requirement is met as far as this run shows. */
    public boolean isMet() {
        return this == PASS || this == ACCEPTABLE;
    }
}
