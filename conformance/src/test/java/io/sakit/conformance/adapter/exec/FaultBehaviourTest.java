package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sakit.conformance.cases.AllCases;
import io.sakit.conformance.runner.RunFailedException;
import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A child that crashes, hangs, writes garbage, answers with the wrong id or type, answers twice, floods its
 * standard error or exits during the handshake never stops or sticks a run: the case it hits ends in ERROR with
 * a one-line message quoting its standard error, a new child serves the next cases, the report is complete, the
 * run ends in bounded time and no child outlives it. A broken handshake is a one-line configuration error.
 */
class FaultBehaviourTest {

    private static final Duration CALL_LIMIT = Duration.ofSeconds(3);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);
    private static final int MISBEHAVE_AT = 40;

    @TempDir
    Path directory;

    @BeforeAll
    static void needPython() {
        assumeTrue(Files.isExecutable(Path.of(PythonSampleTest.PYTHON)), PythonSampleTest.PYTHON + " is missing: the misbehaving children are Python scripts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "crash              | was killed by signal 11",
        "hang               | within 2400 ms",
        "garbage            | is not JSON",
        "wrong-id           | with id",
        "unknown-type       | with type \"pong\"",
        "extra-answer       | answers no request / with id 40",
        "flood              | exited with code 3",
        "exit-after-answer  | exited with code 0",
    })
    void aMisbehavingChildEndsOneCaseInErrorAndIsRestarted(String mode, String expected) {
        RunReport report = runBounded(MisbehavingChild.adapterId(directory, mode, MISBEHAVE_AT), List.of());
        List<CaseResult> errors = report.cases().stream().filter(c -> c.outcome() == Outcome.ERROR).toList();
        assertThat(errors).as("ERROR cases").hasSize(1);
        String message = errors.get(0).message();
        assertThat(expected.split(" / ")).as("what the message says").anyMatch(message::contains);
        assertThat(message).contains("stderr").contains("misbehaving on purpose").doesNotContain("\n");
        assertThat(message.length()).as("message length").isLessThan(3000);
        assertThat(report.cases()).as("every case reported").hasSize(AllCases.cases().size());
        assertNoChildLeft();
    }

    @Test
    void aChildHungPastTheWatchdogIsKilledWhenTheKitAbandonsIt() {
        RunReport report = runBounded(MisbehavingChild.adapterId(directory, "hang-past-watchdog", MISBEHAVE_AT), List.of("exec.callTimeoutMillis=60000"));
        List<CaseResult> errors = report.cases().stream().filter(c -> c.outcome() == Outcome.ERROR).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).contains("did not return within " + CALL_LIMIT.toMillis() + " ms");
        assertThat(report.cases()).hasSize(AllCases.cases().size());
        assertNoChildLeft();
    }

    @Test
    void afterThreeFailedRestartsEveryLaterCaseFailsAtOnce() {
        RunReport report = runBounded(MisbehavingChild.adapterId(directory, "restart-fails", MISBEHAVE_AT), List.of());
        List<String> errors = report.cases().stream().filter(c -> c.outcome() == Outcome.ERROR).map(CaseResult::message).toList();
        assertThat(errors.get(0)).contains("was killed by signal 11");
        assertThat(errors.subList(1, 4)).allSatisfy(m -> assertThat(m).contains("restarting the implementation failed").contains("device gone"));
        assertThat(errors.subList(4, errors.size())).isNotEmpty().allSatisfy(m -> assertThat(m).contains("failed to start 3 times in a row"));
        assertThat(report.cases()).hasSize(AllCases.cases().size());
        assertNoChildLeft();
    }

    @Test
    void aChildThatExitsDuringTheHandshakeIsAOneLineConfigurationError() {
        String adapter = MisbehavingChild.adapterId(directory, "handshake-exit", 1);
        assertThatThrownBy(() -> runBounded(adapter, List.of())).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("closed its standard output instead of answering request 1 (hello)").hasMessageContaining("exited with code 1")
                .hasMessageContaining("cannot open /dev/ipsec0").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertNoChildLeft();
    }

    @Test
    void aProgramThatCannotStartIsAOneLineConfigurationError() {
        assertThatThrownBy(() -> runBounded("exec:" + directory.resolve("no-such-program"), List.of())).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("cannot start").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static RunReport runBounded(String adapter, List<String> options) {
        RunRequest request = new RunRequest(adapter, options, Budget.QUICK, OptionalLong.of(5), List.of(), Shard.WHOLE, "test").withCallTimeout(CALL_LIMIT);
        return assertTimeoutPreemptively(RUN_LIMIT, () -> Runner.run(request, new RunListener() { }));
    }

    private static void assertNoChildLeft() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::info).toList()).as("children left running").isEmpty();
    }
}
