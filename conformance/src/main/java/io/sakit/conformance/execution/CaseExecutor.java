package io.sakit.conformance.execution;

import io.sakit.conformance.adapter.AdapterFault;
import io.sakit.conformance.adapter.CallWatch;
import io.sakit.conformance.adapter.GuardedAdapter;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CapturedSa;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs cases one at a time on a worker thread, resetting the adapter before each, and turns what the
 * body did into a {@link CaseResult}. A call that hangs past the call limit, or a case past the case
 * limit, ends in ERROR; the stuck worker and adapter are abandoned and fresh ones serve the next case, so
 * one bad case never stops the run.
 */
public final class CaseExecutor implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Supplier<OffloadAdapter> adapterFactory;
    private final AdapterCapabilities capabilities;
    private final Supplier<OffloadAdapter> oracleFactory;
    private final ExecutionSettings settings;
    private final Optional<KeyLog> keyLog;
    private CallWatch watch;
    private GuardedAdapter adapter;
    private ExecutorService worker;

    /** Creates an executor; the adapter is created on first use and again after one is abandoned. */
    public CaseExecutor(Supplier<OffloadAdapter> adapterFactory, AdapterCapabilities capabilities, Supplier<OffloadAdapter> oracleFactory,
            ExecutionSettings settings) {
        this.adapterFactory = adapterFactory;
        this.capabilities = capabilities;
        this.oracleFactory = oracleFactory;
        this.settings = settings;
        this.keyLog = settings.keyLog().map(KeyLog::new);
    }

    /** Runs one case and returns its result; never throws for anything the case or the adapter does. */
    public CaseResult execute(ConformanceCase conformanceCase) {
        long start = System.nanoTime();
        Ended ended;
        try {
            ended = await(start, worker().submit(() -> body(conformanceCase)));
        } catch (RuntimeException e) {
            ended = Ended.error("the adapter could not be created: " + e.getMessage());
        }
        long micros = (System.nanoTime() - start) / 1000;
        logKeys(conformanceCase, ended);
        return result(conformanceCase, ended, micros);
    }

    private void logKeys(ConformanceCase conformanceCase, Ended ended) {
        if (ended.outcome().isProblem()) {
            keyLog.ifPresent(log -> log.append(conformanceCase.id(), ended.installed()));
        }
    }

    private Ended body(ConformanceCase conformanceCase) {
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
        } finally {
            context.close();
        }
    }

    private Ended await(long start, Future<Ended> future) {
        long callLimit = settings.callTimeout().toNanos();
        long caseLimit = settings.caseTimeout().toNanos();
        while (true) {
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                String hung = watch.overdueCall(callLimit);
                if (hung != null) {
                    abandon(future);
                    return Ended.error(hung + " did not return within " + settings.callTimeout().toMillis() + " ms");
                }
                if (System.nanoTime() - start > caseLimit) {
                    abandon(future);
                    return Ended.error("the case ran longer than " + settings.caseTimeout().toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon(future);
                return Ended.error("the run was interrupted");
            } catch (ExecutionException e) {
                return Ended.error("the case stopped on " + e.getCause());
            }
        }
    }

    private ExecutorService worker() {
        if (worker == null) {
            CallWatch newWatch = new CallWatch();
            GuardedAdapter newAdapter = new GuardedAdapter(adapterFactory.get(), newWatch);
            watch = newWatch;
            adapter = newAdapter;
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sakit-case");
                thread.setDaemon(true);
                return thread;
            });
        }
        return worker;
    }

    private void abandon(Future<Ended> future) {
        future.cancel(true);
        worker.shutdownNow();
        worker = null;
        adapter = null;
    }

    private CaseResult result(ConformanceCase c, Ended ended, long micros) {
        List<String> requirements = ended.requirements().isEmpty() ? c.requirements() : ended.requirements();
        OptionalLong seed = ended.examples() > 0 ? OptionalLong.of(settings.caseSeed(c.id())) : OptionalLong.empty();
        List<CapturedPacket> packets = ended.outcome().isProblem() ? ended.packets() : List.of();
        List<CapturedSa> sas = ended.outcome().isProblem() ? InstalledSas.rows(ended.installed()) : List.of();
        return new CaseResult(c.id(), c.family().name(), c.title(), requirements, ended.outcome(), ended.message(), ended.expected(), ended.actual(),
                settings.reproduce(c.id()), ended.vector(), seed, ended.examples(), ended.counterexample(), packets, sas, micros);
    }

    /** Closes the adapter and stops the worker. */
    @Override
    public void close() {
        if (worker != null) {
            try {
                worker.submit(adapter::close).get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // an adapter that fails or hangs on close has nothing more to report
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker.shutdownNow();
        }
    }

    private record Ended(Outcome outcome, String message, Optional<String> expected, Optional<String> actual, long examples,
            Optional<String> counterexample, List<String> requirements, Optional<String> vector, List<CapturedPacket> packets,
            List<AddSaRequest> installed) {

        static Ended of(Outcome outcome, String message, CaseContext context) {
            return new Ended(outcome, message, Optional.empty(), Optional.empty(), context.examplesRun(), context.recordedCounterexample(),
                    context.checkedRequirements(), context.recordedVector(), context.capturedPackets(), context.installedBundles());
        }

        static Ended failure(ConformanceFailure failure, CaseContext context) {
            List<String> broken = failure.requirement().map(List::of).orElse(context.checkedRequirements());
            return new Ended(Outcome.FAIL, failure.getMessage(), failure.expected(), failure.actual(), context.examplesRun(),
                    context.recordedCounterexample(), broken, context.recordedVector(), context.capturedPackets(), context.installedBundles());
        }

        static Ended error(String message) {
            return new Ended(Outcome.ERROR, message, Optional.empty(), Optional.empty(), 0, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of());
        }
    }
}
