package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference implementation served over sakit stdio protocol 1 in a child JVM certifies exactly as it does in process. */
class StdioServerConformsTest {

    @Test
    void referenceOverStdioIsConformant() {
        String adapter = ExecFamily.PREFIX + CommandWords.join(StdioServer.javaCommand("reference", List.of()));
        RunReport report = Runner.run(new RunRequest(adapter, List.of("profile=x86"), Budget.QUICK, OptionalLong.of(42), List.of(), Shard.WHOLE, "test"),
                new RunListener() { });
        String problems = report.cases().stream().filter(c -> c.outcome().isProblem()).map(CaseResult::toString).collect(Collectors.joining("\n"));
        assertThat(problems).as("failing or erroring cases").isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.info().capabilities().profile().displayName()).isEqualTo("x86");
    }
}
