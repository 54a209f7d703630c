package io.sakit.conformance.execution;

import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CapturedSa;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.spec.model.AddSaRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** How a case body ended: its outcome and message, and what the case context recorded on the way. */
record Ended(Outcome outcome, String message, Optional<String> expected, Optional<String> actual, long examples, Optional<String> counterexample,
        List<String> requirements, Optional<String> vector, List<CapturedPacket> packets, List<AddSaRequest> installed) {

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

    /** Returns the result of case {@code c} that ended so after {@code micros}. */
    CaseResult result(ConformanceCase c, long micros, ExecutionSettings settings) {
        List<String> cited = requirements.isEmpty() ? c.requirements() : requirements;
        OptionalLong seed = examples > 0 ? OptionalLong.of(settings.caseSeed(c.id())) : OptionalLong.empty();
        List<CapturedPacket> kept = outcome.isProblem() ? packets : List.of();
        List<CapturedSa> sas = outcome.isProblem() ? InstalledSas.rows(installed) : List.of();
        return new CaseResult(c.id(), c.family().name(), c.title(), cited, outcome, message, expected, actual, settings.reproduce(c.id()), vector, seed,
                examples, counterexample, kept, sas, micros);
    }
}
