package io.sakit.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of one case: its stable id, family, title and the requirements it checks; its outcome with
 * a one-line message, expected and actual where they apply; and what reproduces it alone (the command,
 * the vector id, or the seed and the shrunk counterexample), with the packets and the SAs (never their keys)
 * of a failing data-path case.
 */
public record CaseResult(String id, String family, String title, List<String> requirements, Outcome outcome, String message,
        Optional<String> expected, Optional<String> actual, String reproduce, Optional<String> vector, OptionalLong seed, long examples,
        Optional<String> counterexample, List<CapturedPacket> packets, List<CapturedSa> sas, long durationMicros) {

    /** Requires an id, a family, requirements, an outcome and a message (empty for PASS). */
    public CaseResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(title, "title");
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reproduce, "reproduce");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(counterexample, "counterexample");
        packets = List.copyOf(packets);
        sas = List.copyOf(sas);
    }

    /** Returns the same result with another duration; results are otherwise deterministic. */
    public CaseResult withDuration(long micros) {
        return new CaseResult(id, family, title, requirements, outcome, message, expected, actual, reproduce, vector, seed, examples, counterexample,
                packets, sas, micros);
    }
}
