package io.sakit.conformance.execution;

import io.sakit.conformance.adapter.AdapterFault;
import io.sakit.conformance.adapter.CallWatch;
import io.sakit.conformance.adapter.GuardedAdapter;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.reports.model.Outcome;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A thread that runs the cases of a run in order, from a given one to the last or until the reporter asks to
 * stop, on one guarded adapter, resetting it before each case and reporting each case as it starts and ends;
 * the keys of a failing case's ESP SAs go to the key log, when the settings name one. The watchdog may abandon
 * it while a case runs: the watchdog then reports that case, and the worker reports nothing more, so a call
 * that returns late cannot add a result. Reports and abandoning are serialised on the worker's monitor.
 */
final class CaseWorker {

    private final List<ConformanceCase> cases;
    private final CaseReporter reporter;
    private final GuardedAdapter adapter;
    private final CallWatch watch;
    private final AdapterCapabilities capabilities;
    private final Supplier<OffloadAdapter> oracleFactory;
    private final ExecutionSettings settings;
    private final Optional<KeyLog> keyLog;
    private final Thread thread;
    private int next;
    private boolean inCase;
    private long caseStartNanos;
    private boolean abandoned;
    private Throwable failure;

    CaseWorker(List<ConformanceCase> cases, int first, CaseReporter reporter, GuardedAdapter adapter, CallWatch watch, AdapterCapabilities capabilities,
            Supplier<OffloadAdapter> oracleFactory, ExecutionSettings settings) {
        this.cases = cases;
        this.next = first;
        this.reporter = reporter;
        this.adapter = adapter;
        this.watch = watch;
        this.capabilities = capabilities;
        this.oracleFactory = oracleFactory;
        this.settings = settings;
        this.keyLog = settings.keyLog().map(KeyLog::new);
        this.thread = new Thread(this::runCases, "sakit-case");
        thread.setDaemon(true);
    }

    /** Starts running the cases. */
    void start() {
        thread.start();
    }

    /**
     * Waits up to {@code millis} for the worker to end; returns whether it has.
     *
     * @throws RuntimeException or {@link Error} that a report threw on the worker thread, which ended it
     */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        if (thread.isAlive()) {
            return false;
        }
        rethrowFailure();
        return true;
    }

    private synchronized void rethrowFailure() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Returns the index of the first case without a result: the worker's next case. */
    synchronized int next() {
        return next;
    }

    /** Returns why the running case must be cut off (a call past the call limit, or the case past the case limit), or null. */
    synchronized String overdue() {
        if (!inCase) {
            return null;
        }
        String hung = watch.overdueCall(settings.callTimeout().toNanos());
        if (hung != null) {
            return hung + " did not return within " + settings.callTimeout().toMillis() + " ms";
        }
        return System.nanoTime() - caseStartNanos > settings.caseTimeout().toNanos() ? "the case ran longer than " + settings.caseTimeout().toSeconds() + " s"
                : null;
    }

    /** Stops reporting, ends the running case, if any, in ERROR for {@code reason}, and returns the index of the first case without a result. */
    synchronized int abandon(String reason) {
        abandoned = true;
        thread.interrupt();
        if (inCase) {
            inCase = false;
            reporter.finished(next, Ended.error(reason).result(cases.get(next), (System.nanoTime() - caseStartNanos) / 1000, settings));
            next++;
        }
        return next;
    }

    private void runCases() {
        try {
            for (int index = next(); index < cases.size(); index++) {
                if (!begin(index)) {
                    return;
                }
                long start = System.nanoTime();
                Ended ended = run(cases.get(index));
                if (!end(index, ended, (System.nanoTime() - start) / 1000)) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                failure = e;
            }
        }
    }

    private synchronized boolean begin(int index) {
        if (abandoned || reporter.stopRequested()) {
            return false;
        }
        reporter.started(index);
        inCase = true;
        caseStartNanos = System.nanoTime();
        return true;
    }

    private synchronized boolean end(int index, Ended ended, long micros) {
        if (abandoned) {
            return false;
        }
        inCase = false;
        ConformanceCase ran = cases.get(index);
        if (ended.outcome().isProblem()) {
            keyLog.ifPresent(log -> log.append(ran.id(), ended.installed()));
        }
        reporter.finished(index, ended.result(ran, micros, settings));
        next = index + 1;
        return true;
    }

    private Ended run(ConformanceCase conformanceCase) {
        CaseContext context = new CaseContext(adapter, capabilities, oracleFactory, settings.caseSeed(conformanceCase.id()), settings.budget());
        try {
            adapter.reset();
            conformanceCase.run(context);
            return context.acceptableReasons().isEmpty() ? Ended.of(Outcome.PASS, "", context)
                    : Ended.of(Outcome.ACCEPTABLE, String.join("; ", context.acceptableReasons()), context);
        } catch (ConformanceFailure failure) {
            return Ended.failure(failure, context);
        } catch (NotApplicable notApplicable) {
            return Ended.of(Outcome.NOT_APPLICABLE, notApplicable.getMessage(), context);
        } catch (AdapterFault fault) {
            return Ended.of(Outcome.ERROR, fault.getMessage(), context);
        } catch (RuntimeException | Error e) {
            return Ended.of(Outcome.ERROR, "the case stopped on " + e.getClass().getSimpleName() + ": " + e.getMessage(), context);
        } catch (Throwable undeclared) {
            return Ended.error("the case stopped on " + undeclared);
        } finally {
            context.close();
        }
    }
}
