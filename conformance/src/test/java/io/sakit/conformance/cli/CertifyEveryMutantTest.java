package io.sakit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.mutants.Mutant;
import io.sakit.conformance.mutants.Mutants;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mutant, certified through the command line, exits 1, and its reports name the requirements that catch it. */
class CertifyEveryMutantTest {

    @TempDir
    Path dir;

    static Stream<Mutant> mutants() {
        return Mutants.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void exitsOneNamingItsRequirements(Mutant mutant) throws Exception {
        Path out = dir.resolve(mutant.name());
        Sakit run = Sakit.run("certify", "--adapter", mutant.id(), "--budget", "quick", "--seed", "1", "--out", out.toString());
        assertThat(run.status()).as("exit status; errors: %s", run.err()).isEqualTo(Main.NONCONFORMANT);
        RunReport report = ReportFile.read(out.resolve("report.json"));
        assertThat(report.verdict()).isEqualTo(Verdict.NONCONFORMANT);
        assertThat(report.requirements()).filteredOn(v -> v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR)
                .extracting(RequirementVerdict::id).containsAll(mutant.caughtBy());
        assertThat(Files.readString(out.resolve("summary.md"))).contains("NONCONFORMANT");
        String junit = Files.readString(out.resolve("junit.xml"));
        mutant.caughtBy().forEach(id -> assertThat(junit).contains(id));
        assertThat(run.out()).contains("NONCONFORMANT");
    }
}
