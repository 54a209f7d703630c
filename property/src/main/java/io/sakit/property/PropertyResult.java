package io.sakit.property;

import java.util.Optional;

/** The outcome of running a property: passed on every example, or falsified with a counterexample. */
public sealed interface PropertyResult<T> permits PropertyResult.Passed, PropertyResult.Falsified {

    /** Returns the seed the run used; the same seed and budget reproduce the same run. */
    long seed();

    /** The property held for every example. */
    record Passed<T>(long seed, int examples) implements PropertyResult<T> {
    }

    /** The property failed; {@code counterexample} is the smallest failing value found. */
    record Falsified<T>(long seed, Counterexample<T> counterexample) implements PropertyResult<T> {
    }

    /** Returns the counterexample of a falsified run. */
    default Optional<Counterexample<T>> falsifiedBy() {
        return this instanceof Falsified<T> falsified ? Optional.of(falsified.counterexample()) : Optional.empty();
    }
}
