package io.sakit.conformance.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.conformance.engine.RunStart;
import io.sakit.conformance.runner.RunFailedException;
import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A run survives every way an in-process implementation can break: each broken call ends its case as ERROR
 * with a one-line message, the cases before and after keep their results, and a run that cannot go on stops
 * with a one-line reason instead of losing what it has.
 */
class RunnerFaultsTest {

    /** The 53 cases of the DEL family: enough for a fault to begin mid-run, quick to run. */
    private static final List<String> ONLY = List.of("DEL");

    private static RunRequest request(String fault, int at) {
        return new RunRequest("faulty", List.of("fault=" + fault, "at=" + at), Budget.QUICK, OptionalLong.of(7), ONLY, Shard.WHOLE, "test");
    }

    private static RunReport run(RunRequest request) {
        return Runner.run(request, new RunListener() { });
    }

    @Test
    @DisplayName("an adapter that starts throwing errors every later case, keeps earlier results and finishes the run")
    void throwing() {
        RunReport report = run(request("throws", 40));
        assertThat(report.cases()).hasSize(53);
        assertThat(report.count(Outcome.PASS)).isPositive();
        assertThat(report.cases()).filteredOn(c -> c.outcome() == Outcome.ERROR).isNotEmpty()
                .allSatisfy(c -> assertThat(c.message()).contains("threw IllegalStateException: injected fault").doesNotContain("\n"));
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
    }

    @Test
    @DisplayName("an adapter that returns null errors the case with the call it broke")
    void returningNull() {
        RunReport report = run(request("null", 1));
        assertThat(report.cases()).hasSize(53).allSatisfy(c -> assertThat(c.outcome()).isIn(Outcome.ERROR, Outcome.NOT_APPLICABLE));
        assertThat(report.cases()).filteredOn(c -> c.outcome() == Outcome.ERROR).isNotEmpty()
                .allSatisfy(c -> assertThat(c.message()).contains("returned null"));
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
    }

    @Test
    @DisplayName("an adapter that answers with garbage fails or errors every case that reads the answer, never the run")
    void garbage() {
        RunReport report = run(request("garbage", 1));
        assertThat(report.cases()).hasSize(53);
        assertThat(report.count(Outcome.PASS)).isLessThan(report.cases().size());
        assertThat(report.cases()).filteredOn(c -> c.outcome().isProblem()).allSatisfy(c -> assertThat(c.message()).isNotBlank());
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
    }

    @Test
    @Timeout(60)
    @DisplayName("a call that hangs is cut off at the call limit; the run goes on with a fresh adapter and later cases pass")
    void hanging() {
        RunReport report = run(request("hangs-once", 30).withCallTimeout(Duration.ofMillis(300)));
        assertThat(report.cases()).hasSize(53);
        List<CaseResult> errors = report.cases().stream().filter(c -> c.outcome() == Outcome.ERROR).toList();
        assertThat(errors).singleElement().satisfies(c -> assertThat(c.message()).contains("did not return within 300 ms"));
        int hung = report.cases().indexOf(errors.get(0));
        assertThat(report.cases().subList(hung + 1, report.cases().size())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).isIn(Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.ACCEPTABLE));
    }

    @Test
    @DisplayName("an adapter whose capabilities cannot be read stops the run before the first case, with the adapter's reason")
    void capabilitiesThrow() {
        assertThatThrownBy(() -> run(request("capabilities-throw", 1))).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("injected fault: no capabilities");
    }

    @Test
    @DisplayName("a provider that cannot create its adapter stops the run before the first case, with the provider's reason")
    void creationThrows() {
        assertThatThrownBy(() -> run(request("create-throws", 1))).isInstanceOf(RunFailedException.class)
                .hasMessage("injected fault: the device is gone");
    }

    @Test
    @DisplayName("a listener that cannot record (a full disk) stops the run before the next case and fails it with the listener's one-line reason")
    void listenerFails() {
        List<CaseResult> recorded = new ArrayList<>();
        long[] callsAtFailure = new long[1];
        RunListener fullDisk = new RunListener() {
            @Override
            public void started(RunStart start, int totalCases) {
            }

            @Override
            public void caseFinished(CaseResult result) {
                if (recorded.size() == 10) {
                    callsAtFailure[0] = FaultyProvider.calls();
                    throw new UncheckedIOException("cannot record a result: No space left on device", new IOException("No space left on device"));
                }
                recorded.add(result);
            }
        };
        assertThatThrownBy(() -> Runner.run(request("throws", Integer.MAX_VALUE), fullDisk)).isInstanceOf(RunFailedException.class)
                .hasMessage("cannot record a result: No space left on device");
        assertThat(recorded).hasSize(10);
        assertThat(FaultyProvider.calls()).as("adapter calls after the failure").isEqualTo(callsAtFailure[0]);
    }
}
