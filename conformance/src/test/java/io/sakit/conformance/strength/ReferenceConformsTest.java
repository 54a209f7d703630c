package io.sakit.conformance.strength;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference implementation is CONFORMANT, with no failing or erroring case, in every preset profile. */
class ReferenceConformsTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "x86", "integrity-first", "ndis51", "ndis51-integrity-first"})
    void referenceConformsInEveryProfile(String profile) {
        assertConforms(List.of("profile=" + profile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"capacity=2", "capacity=16;parserEntries=1", "esp=none;combined=none;udpEsp=none", "ah=none;combined=none",
        "ah=sha1,transport,send,receive;esp=none;combined=none;udpEsp=none", "esp=3des,transport,send,receive;combined=none;udpEsp=none;ipv4Options=false",
        "classifier=false", "rejectWeakDesKeys=true"})
    void referenceConformsInOtherCapabilitySets(String options) {
        assertConforms(List.of(options.split(";")));
    }

    private static void assertConforms(List<String> options) {
        RunRequest request = new RunRequest("reference", options, Budget.QUICK, OptionalLong.of(42), List.of(), Shard.WHOLE, "test");
        RunReport report = Runner.run(request, new RunListener() { });
        String problems = report.cases().stream().filter(c -> c.outcome().isProblem()).map(CaseResult::toString).collect(Collectors.joining("\n"));
        assertThat(problems).as("failing or erroring cases").isEmpty();
        String unmet = report.requirements().stream().filter(r -> r.level().equals("MUST") && !r.status().isMet()
                && r.status() != io.sakit.reports.model.RequirementStatus.NOT_APPLICABLE && r.status() != io.sakit.reports.model.RequirementStatus.UNTESTABLE)
                .map(r -> r.id() + " " + r.status()).collect(Collectors.joining(", "));
        assertThat(report.verdict()).as("verdict; MUST requirements not met: %s", unmet).isEqualTo(Verdict.CONFORMANT);
    }
}
