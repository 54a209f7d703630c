package io.sakit.conformance.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.adapter.ReferenceOracle;
import io.sakit.conformance.suite.Budget;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The executor reports every case in order, cuts off a hung call or an overlong case, and carries on with a fresh adapter. */
@Timeout(30)
class CaseExecutorTest {

    private static final AdapterCapabilities CAPABILITIES = ReferenceConfig.defaults().capabilities();
    private static final ExecutionSettings SETTINGS = new ExecutionSettings(7, Budget.QUICK, Duration.ofMillis(200), Duration.ofSeconds(1), "./sakit",
            Optional.empty());

    private final AtomicInteger adaptersCreated = new AtomicInteger();
    private final List<String> events = new ArrayList<>();
    private final List<CaseResult> results = new ArrayList<>();

    private final CaseReporter reporter = new CaseReporter() {
        @Override
        public synchronized void started(int index) {
            events.add("start " + index);
        }

        @Override
        public synchronized void finished(int index, CaseResult result) {
            events.add("end " + index);
            results.add(result);
        }
    };

    private static ConformanceCase simpleCase(String id, Consumer<io.sakit.conformance.suite.CaseContext> body) {
        return new SimpleCase(id, Family.ADD, "case " + id, List.of("ADD-LEN-001"), body);
    }

    private CaseExecutor executor() {
        return new CaseExecutor(() -> {
            adaptersCreated.incrementAndGet();
            return new ReferenceAdapter(ReferenceConfig.defaults());
        }, CAPABILITIES, ReferenceOracle.factory(CAPABILITIES), SETTINGS);
    }

    private synchronized List<Outcome> outcomes() {
        return results.stream().map(CaseResult::outcome).toList();
    }

    @Test
    @DisplayName("every outcome is reported in case order, each case between its start and its end, on one adapter")
    void reportsInOrder() {
        List<ConformanceCase> cases = List.of(simpleCase("pass", c -> c.adapter().capabilities()),
                simpleCase("fail", c -> {
                    throw new ConformanceFailure("ADD-LEN-001: broken", "a refusal", "an acceptance");
                }),
                simpleCase("na", c -> {
                    throw new NotApplicable("not advertised: X");
                }),
                simpleCase("error", c -> {
                    throw new IllegalStateException("boom");
                }));
        try (CaseExecutor executor = executor()) {
            executor.executeAll(cases, reporter);
        }
        assertThat(events).containsExactly("start 0", "end 0", "start 1", "end 1", "start 2", "end 2", "start 3", "end 3");
        assertThat(outcomes()).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.NOT_APPLICABLE, Outcome.ERROR);
        assertThat(results.get(3).message()).isEqualTo("the case stopped on IllegalStateException: boom");
        assertThat(adaptersCreated).hasValue(1);
    }

    @Test
    @DisplayName("a call past the call limit ends its case in ERROR, and the next case runs on a fresh adapter")
    void cutsOffAHungCall() throws InterruptedException {
        HangingOnReceive hanging = new HangingOnReceive(new ReferenceAdapter(ReferenceConfig.defaults()));
        List<ConformanceCase> cases = List.of(simpleCase("hangs", c -> c.adapter().receive(new byte[20])), simpleCase("after", c -> c.adapter().reset()));
        try (CaseExecutor executor = new CaseExecutor(() -> adaptersCreated.getAndIncrement() == 0 ? hanging : new ReferenceAdapter(ReferenceConfig.defaults()),
                CAPABILITIES, ReferenceOracle.factory(CAPABILITIES), SETTINGS)) {
            executor.executeAll(cases, reporter);
        }
        assertThat(events).containsExactly("start 0", "end 0", "start 1", "end 1");
        assertThat(outcomes()).containsExactly(Outcome.ERROR, Outcome.PASS);
        assertThat(results.get(0).message()).isEqualTo("receive(20 bytes) did not return within 200 ms");
        assertThat(adaptersCreated).hasValue(2);
        assertThat(hanging.closed.await(5, TimeUnit.SECONDS)).as("the abandoned adapter is closed").isTrue();
    }

    @Test
    @DisplayName("a reporter that asks to stop ends the run before the next case")
    void stopsWhenAsked() {
        AtomicBoolean stop = new AtomicBoolean();
        CaseReporter stopping = new CaseReporter() {
            @Override
            public void started(int index) {
                reporter.started(index);
            }

            @Override
            public void finished(int index, CaseResult result) {
                reporter.finished(index, result);
                stop.set(index == 1);
            }

            @Override
            public boolean stopRequested() {
                return stop.get();
            }
        };
        List<ConformanceCase> cases = List.of(simpleCase("a", c -> c.adapter().reset()), simpleCase("b", c -> c.adapter().reset()),
                simpleCase("c", c -> c.adapter().reset()));
        try (CaseExecutor executor = executor()) {
            executor.executeAll(cases, stopping);
        }
        assertThat(events).containsExactly("start 0", "end 0", "start 1", "end 1");
    }

    /** An adapter whose receive never returns until interrupted, and that counts down {@link #closed} when closed. */
    private static final class HangingOnReceive implements OffloadAdapter {

        private final OffloadAdapter delegate;
        private final CountDownLatch never = new CountDownLatch(1);
        private final CountDownLatch closed = new CountDownLatch(1);

        HangingOnReceive(OffloadAdapter delegate) {
            this.delegate = delegate;
        }

        @Override
        public AdapterCapabilities capabilities() {
            return delegate.capabilities();
        }

        @Override
        public SetResult setInformation(int oid, byte[] informationBuffer) {
            return delegate.setInformation(oid, informationBuffer);
        }

        @Override
        public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
            return delegate.transmit(packet, offloadHandle, nextOffloadHandle);
        }

        @Override
        public ReceiveResult receive(byte[] packet) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.receive(packet);
        }

        @Override
        public Optional<Classifier> classifier() {
            return delegate.classifier();
        }

        @Override
        public void reset() {
            delegate.reset();
        }

        @Override
        public void close() {
            delegate.close();
            closed.countDown();
        }
    }

    @Test
    @DisplayName("a case past the case limit ends in ERROR without a hung call")
    void cutsOffAnOverlongCase() {
        List<ConformanceCase> cases = List.of(simpleCase("slow", c -> {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                c.adapter().reset();
            }
        }), simpleCase("after", c -> c.adapter().reset()));
        try (CaseExecutor executor = executor()) {
            executor.executeAll(cases, reporter);
        }
        assertThat(outcomes()).containsExactly(Outcome.ERROR, Outcome.PASS);
        assertThat(results.get(0).message()).isEqualTo("the case ran longer than 1 s");
    }
}
