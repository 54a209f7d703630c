package io.sakit.conformance.engine;

import io.sakit.conformance.execution.CaseReporter;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CaseResult;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Reports the cases of a run to JUnit as they start and end: a family starts before its first case and ends
 * after its last, each result is published as the entry {@link SuiteExecution#RESULT_ENTRY} on its test
 * before the test finishes, and the cases a stopped run never started are reported skipped.
 */
final class CaseReports implements CaseReporter {

    private final EngineExecutionListener listener;
    private final List<CaseDescriptor> descriptors;
    private final BooleanSupplier stopRequested;
    private TestDescriptor openFamily;
    private int unstarted;

    CaseReports(EngineExecutionListener listener, List<CaseDescriptor> descriptors, BooleanSupplier stopRequested) {
        this.listener = listener;
        this.descriptors = List.copyOf(descriptors);
        this.stopRequested = stopRequested;
    }

    /** Returns the cases, in the order of their descriptors. */
    List<ConformanceCase> cases() {
        return descriptors.stream().map(CaseDescriptor::conformanceCase).toList();
    }

    @Override
    public void started(int index) {
        CaseDescriptor descriptor = descriptors.get(index);
        open(descriptor.getParent().orElseThrow());
        listener.executionStarted(descriptor);
        unstarted = index + 1;
    }

    @Override
    public void finished(int index, CaseResult result) {
        CaseDescriptor descriptor = descriptors.get(index);
        listener.reportingEntryPublished(descriptor, ReportEntry.from(SuiteExecution.RESULT_ENTRY, ReportJson.line(result)));
        listener.executionFinished(descriptor, JunitResults.of(result));
    }

    @Override
    public boolean stopRequested() {
        return stopRequested.getAsBoolean();
    }

    /** Reports every case that never started as skipped, then ends the family still open, if any. */
    void finish() {
        for (CaseDescriptor descriptor : descriptors.subList(unstarted, descriptors.size())) {
            open(descriptor.getParent().orElseThrow());
            listener.executionSkipped(descriptor, "the run stopped before this case");
        }
        unstarted = descriptors.size();
        close();
    }

    private void open(TestDescriptor family) {
        if (family != openFamily) {
            close();
            listener.executionStarted(family);
            openFamily = family;
        }
    }

    private void close() {
        if (openFamily != null) {
            listener.executionFinished(openFamily, TestExecutionResult.successful());
            openFamily = null;
        }
    }
}
