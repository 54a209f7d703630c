package io.sakit.conformance.engine;

import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.conformance.adapter.ReferenceOracle;
import io.sakit.conformance.execution.CaseExecutor;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CaseResult;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * One execution of the engine: creates the adapter, reports what it advertises, runs every selected case
 * through a {@link CaseExecutor}, and reports each result as the entry {@code sakit.result} on its test.
 */
final class SuiteExecution {

    /** The report-entry key of a case's {@link CaseResult}. */
    static final String RESULT_ENTRY = "sakit.result";

    private final ExecutionRequest request;
    private final EngineExecutionListener listener;
    private final BooleanSupplier stopRequested;

    SuiteExecution(ExecutionRequest request, BooleanSupplier stopRequested) {
        this.request = request;
        this.listener = request.getEngineExecutionListener();
        this.stopRequested = stopRequested;
    }

    void run() {
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        if (root.getChildren().isEmpty()) {
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        }
        try {
            RunConfiguration configuration = RunConfiguration.from(request.getConfigurationParameters());
            AdapterProvider provider = AdapterRegistry.load().withCallLimit(configuration.settings().callTimeout()).provider(configuration.adapterId());
            OffloadAdapter first = provider.create(configuration.options());
            AdapterCapabilities capabilities = first.capabilities();
            publishStart(root, configuration, provider, capabilities);
            try (CaseExecutor executor = new CaseExecutor(firstThenNew(first, () -> provider.create(configuration.options())), capabilities,
                    ReferenceOracle.factory(capabilities), configuration.settings())) {
                CaseReports reports = new CaseReports(listener, cases(root), stopRequested);
                executor.executeAll(reports.cases(), reports);
                reports.finish();
            }
            listener.executionFinished(root, TestExecutionResult.successful());
        } catch (RuntimeException e) {
            listener.executionFinished(root, TestExecutionResult.failed(e));
        }
    }

    private void publishStart(TestDescriptor root, RunConfiguration configuration, AdapterProvider provider, AdapterCapabilities capabilities) {
        var settings = configuration.settings();
        RunStart start = new RunStart(configuration.adapterId(), provider.description(), configuration.options().values(), capabilities, settings.seed(),
                settings.budget().token(), configuration.filter().shard().toString(), List.copyOf(configuration.filter().only()));
        listener.reportingEntryPublished(root, ReportEntry.from(RunStart.ENTRY, ReportJson.line(start)));
    }

    private static Supplier<OffloadAdapter> firstThenNew(OffloadAdapter first, Supplier<OffloadAdapter> factory) {
        AtomicReference<OffloadAdapter> pending = new AtomicReference<>(first);
        return () -> {
            OffloadAdapter adapter = pending.getAndSet(null);
            return adapter != null ? adapter : factory.get();
        };
    }

    private static List<CaseDescriptor> cases(TestDescriptor root) {
        List<CaseDescriptor> cases = new ArrayList<>();
        for (TestDescriptor family : root.getChildren()) {
            family.getChildren().forEach(child -> cases.add((CaseDescriptor) child));
        }
        return cases;
    }
}
