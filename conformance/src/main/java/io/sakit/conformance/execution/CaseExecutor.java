package io.sakit.conformance.execution;

import io.sakit.conformance.adapter.CallWatch;
import io.sakit.conformance.adapter.GuardedAdapter;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the cases of a run in order on a worker thread, resetting the adapter before each, turns what each body
 * did into a {@link io.sakit.reports.model.CaseResult} and reports it as soon as the case ends. The calling
 * thread is the watchdog: a call that hangs past the call limit, or a case past the case limit, ends in ERROR;
 * the stuck worker and adapter are abandoned and a fresh worker and adapter carry on with the next case, so one
 * bad case never stops the run. Cases are handed to the worker once per run, not once per case, so a case costs
 * no thread switch.
 */
public final class CaseExecutor implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Supplier<OffloadAdapter> adapterFactory;
    private final AdapterCapabilities capabilities;
    private final Supplier<OffloadAdapter> oracleFactory;
    private final ExecutionSettings settings;
    private CallWatch watch;
    private GuardedAdapter adapter;

    /** Creates an executor; the adapter is created on first use and again after one is abandoned. */
    public CaseExecutor(Supplier<OffloadAdapter> adapterFactory, AdapterCapabilities capabilities, Supplier<OffloadAdapter> oracleFactory,
            ExecutionSettings settings) {
        this.adapterFactory = adapterFactory;
        this.capabilities = capabilities;
        this.oracleFactory = oracleFactory;
        this.settings = settings;
    }

    /**
     * Runs every case, telling {@code reporter} as each starts and ends; returns once every case has its result,
     * or earlier when the reporter asks to stop. Nothing the cases or the adapter do makes it throw.
     *
     * @throws RuntimeException or {@link Error} that the reporter threw
     */
    public void executeAll(List<ConformanceCase> cases, CaseReporter reporter) {
        int next = 0;
        while (next < cases.size() && !reporter.stopRequested()) {
            String refusal = Thread.currentThread().isInterrupted() ? "the run was interrupted" : adapter == null ? createAdapter() : null;
            if (refusal != null) {
                next = endWithoutRunning(cases, next, reporter, refusal);
            } else {
                CaseWorker worker = new CaseWorker(cases, next, reporter, adapter, watch, capabilities, oracleFactory, settings);
                worker.start();
                next = supervise(worker);
            }
        }
    }

    /** Creates a guarded adapter with its watch; returns null, or why no adapter could be created. */
    private String createAdapter() {
        try {
            CallWatch newWatch = new CallWatch();
            adapter = new GuardedAdapter(adapterFactory.get(), newWatch);
            watch = newWatch;
            return null;
        } catch (RuntimeException e) {
            return "the adapter could not be created: " + e.getMessage();
        }
    }

    private int endWithoutRunning(List<ConformanceCase> cases, int index, CaseReporter reporter, String reason) {
        reporter.started(index);
        reporter.finished(index, Ended.error(reason).result(cases.get(index), 0, settings));
        return index + 1;
    }

    /** Watches {@code worker} until it ends or is abandoned; returns the index of the first case without a result. */
    private int supervise(CaseWorker worker) {
        while (true) {
            try {
                if (worker.awaitEnd(POLL_MILLIS)) {
                    return worker.next();
                }
                String reason = worker.overdue();
                if (reason != null) {
                    return abandon(worker, reason);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return abandon(worker, "the run was interrupted");
            }
        }
    }

    /** Abandons {@code worker} and its adapter, which is closed in the background; returns the first case without a result. */
    private int abandon(CaseWorker worker, String reason) {
        int next = worker.abandon(reason);
        startClosing(adapter);
        adapter = null;
        return next;
    }

    private static Thread startClosing(GuardedAdapter closing) {
        Thread closer = new Thread(() -> closeQuietly(closing), "sakit-close");
        closer.setDaemon(true);
        closer.start();
        return closer;
    }

    private static void closeQuietly(GuardedAdapter closing) {
        try {
            closing.close();
        } catch (RuntimeException e) {
            // an adapter that fails on close has nothing more to report
        }
    }

    /** Closes the adapter, giving it the call limit to return. */
    @Override
    public void close() {
        if (adapter == null) {
            return;
        }
        Thread closer = startClosing(adapter);
        try {
            closer.join(settings.callTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
