package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python sample in samples/python-adapter, written from SPEC.md alone, certifies CONFORMANT through the exec
 * adapter, and its variant with one planted bug certifies NONCONFORMANT with the requirement the bug breaks failing.
 */
class PythonSampleTest {

    static final String PYTHON = "/usr/bin/python3";

    private static Path sample;

    @BeforeAll
    static void findSample() throws IOException, InterruptedException {
        sample = repositoryRoot().resolve("samples/python-adapter/sakit_adapter.py");
        assumeTrue(cryptographyImports(), PYTHON + " cannot import the cryptography package: run scripts/install-python-sample-deps.sh");
    }

    @Test
    void sampleIsConformant() {
        RunReport report = run("");
        String problems = report.cases().stream().filter(c -> c.outcome().isProblem()).map(CaseResult::toString).collect(Collectors.joining("\n"));
        assertThat(problems).as("failing or erroring cases").isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.info().adapter().description()).startsWith("sakit python sample 1.0");
    }

    @Test
    void sampleWithPortsInHostOrderIsNonconformantOnFltMat006() {
        RunReport report = run(" --bug=filter-port-host-order");
        Set<String> failing = report.requirements().stream().filter(v -> v.status() == RequirementStatus.FAIL).map(RequirementVerdict::id)
                .collect(Collectors.toSet());
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
        assertThat(failing).contains("FLT-MAT-006");
        assertThat(report.cases()).noneMatch(c -> c.outcome() == Outcome.ERROR);
    }

    private static RunReport run(String arguments) {
        String adapter = ExecFamily.PREFIX + PYTHON + " " + CommandWords.quote(sample.toString()) + arguments;
        return Runner.run(new RunRequest(adapter, List.of(), Budget.QUICK, OptionalLong.of(7), List.of(), Shard.WHOLE, "test"), new RunListener() { });
    }

    static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("samples"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a parent directory holding samples/").isNotNull();
        return directory;
    }

    static boolean cryptographyImports() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process process = new ProcessBuilder(PYTHON, "-c", "import cryptography").redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
