package io.sakit.conformance.runner;

import io.sakit.conformance.engine.RunStart;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects a run's results from the engine's report entries, forwarding each to a {@link RunListener} as
 * soon as it arrives, and remembers why the run failed, if it did. A listener that throws (say, because the
 * disk is full) stops the run: the engine runs no further case, and the run fails with the listener's error.
 */
final class ResultsCollector implements TestExecutionListener {

    private final RunListener listener;
    private final List<CaseResult> results = new ArrayList<>();
    private RunStart start;
    private int total;
    private volatile Throwable failure;

    ResultsCollector(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        if (failure != null) {
            return;
        }
        try {
            forward(entry);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void forward(ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals(RunStart.ENTRY)) {
                start = ReportJson.read(value, RunStart.class);
                listener.started(start, total);
            } else if (key.equals("sakit.result")) {
                CaseResult result = ReportJson.read(value, CaseResult.class);
                results.add(result);
                listener.caseFinished(result);
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (failure == null && identifier.getParentId().isEmpty() && result.getStatus() == TestExecutionResult.Status.FAILED) {
            failure = result.getThrowable().orElse(new IllegalStateException("the engine failed"));
        }
    }

    /** Returns whether the run must stop because it failed. */
    boolean stopRequested() {
        return failure != null;
    }

    Optional<RunStart> start() {
        return Optional.ofNullable(start);
    }

    List<CaseResult> results() {
        return List.copyOf(results);
    }

    int total() {
        return total;
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }
}
