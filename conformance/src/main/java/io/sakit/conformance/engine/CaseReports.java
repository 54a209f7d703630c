package io.sakit.conformance.engine;

import io.sakit.conformance.execution.CaseReporter;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CaseResult;
import java.util.List;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Reports the cases of a run to JUnit as they start and end: a family starts before its first case and ends
 * after its last, and each result is published as the entry {@link SuiteExecution#RESULT_ENTRY} on its test
 * before the test finishes.
 */
final class CaseReports implements CaseReporter {

    private final EngineExecutionListener listener;
    private final List<CaseDescriptor> descriptors;
    private TestDescriptor openFamily;

    CaseReports(EngineExecutionListener listener, List<CaseDescriptor> descriptors) {
        this.listener = listener;
        this.descriptors = List.copyOf(descriptors);
    }

    /** Returns the cases, in the order of their descriptors. */
    List<ConformanceCase> cases() {
        return descriptors.stream().map(CaseDescriptor::conformanceCase).toList();
    }

    @Override
    public void started(int index) {
        CaseDescriptor descriptor = descriptors.get(index);
        TestDescriptor family = descriptor.getParent().orElseThrow();
        if (family != openFamily) {
            finish();
            listener.executionStarted(family);
            openFamily = family;
        }
        listener.executionStarted(descriptor);
    }

    @Override
    public void finished(int index, CaseResult result) {
        CaseDescriptor descriptor = descriptors.get(index);
        listener.reportingEntryPublished(descriptor, ReportEntry.from(SuiteExecution.RESULT_ENTRY, ReportJson.line(result)));
        listener.executionFinished(descriptor, JunitResults.of(result));
    }

    /** Ends the family of the last case that started, if any is still open. */
    void finish() {
        if (openFamily != null) {
            listener.executionFinished(openFamily, TestExecutionResult.successful());
            openFamily = null;
        }
    }
}
