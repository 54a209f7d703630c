package io.sakit.conformance.strength;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.mutants.Mutant;
import io.sakit.conformance.mutants.Mutants;
import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mutant is judged NONCONFORMANT, with the requirements it names among the failing ones: the suite's strength, measured. */
class MutantsAreCaughtTest {

    static Stream<Mutant> mutants() {
        return Mutants.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void mutantIsNonconformantWithItsRequirementFailing(Mutant mutant) {
        RunReport report = Runner.run(new RunRequest(mutant.id(), List.of(), Budget.QUICK, OptionalLong.of(1), List.of(), Shard.WHOLE, "test"),
                new RunListener() { });
        Set<String> failing = report.requirements().stream()
                .filter(v -> v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR).map(RequirementVerdict::id)
                .collect(Collectors.toSet());
        assertThat(report.verdict()).as("verdict on %s (failing: %s)", mutant.name(), failing).isEqualTo(Verdict.NONCONFORMANT);
        assertThat(failing).as("requirements failing on %s", mutant.name()).containsAll(mutant.caughtBy());
    }

    @Test
    void thereAreAtLeastThirtyMutantsWithUniqueNames() {
        assertThat(Mutants.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Mutants.all().stream().map(Mutant::name).distinct().count()).isEqualTo(Mutants.all().size());
    }
}
