package io.sakit.conformance.execution;

import io.sakit.reports.model.CaseResult;

/**
 * Told when each case of a run starts and when it has its result, in case order and never twice at once,
 * though not always on the same thread: cases run on worker threads, and the watchdog reports a case it cut off.
 */
public interface CaseReporter {

    /** Case {@code index} of the run's list starts. */
    void started(int index);

    /** Case {@code index}, which has started, has its result. */
    void finished(int index, CaseResult result);

    /** Returns whether the run must stop before its next case; the cases not started then have no result. */
    default boolean stopRequested() {
        return false;
    }
}
