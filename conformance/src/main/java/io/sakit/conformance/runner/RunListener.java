package io.sakit.conformance.runner;

import io.sakit.conformance.engine.RunStart;
import io.sakit.reports.model.CaseResult;

/** Receives a run's events as they happen: the start, each finished case, the end. */
public interface RunListener {

    /** Called once the adapter is up, with what it advertises and the number of cases selected. */
    default void started(RunStart start, int totalCases) {
    }

    /** Called after each case. */
    default void caseFinished(CaseResult result) {
    }
}
