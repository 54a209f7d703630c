package io.sakit.property;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * A property over generated values: {@code Property.forAll(gen).withSeed(s).withBudget(b).check(body)}.
 *
 * <p>The body fails by throwing (an assertion or any exception). Without an explicit seed a fresh one is
 * drawn and reported with any failure, so every failure can be replayed exactly.
 */
public final class Property<T> {

    /** The budget used when none is given: 200 examples, 1,000 shrink steps. */
    public static final Budget DEFAULT_BUDGET = new Budget(200, 1000);

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Gen<T> generator;
    private final long seed;
    private final Budget budget;

    private Property(Gen<T> generator, long seed, Budget budget) {
        this.generator = Objects.requireNonNull(generator);
        this.seed = seed;
        this.budget = Objects.requireNonNull(budget);
    }

    /** Returns a property over the values of {@code generator}, with a fresh seed and the default budget. */
    public static <T> Property<T> forAll(Gen<T> generator) {
        return new Property<>(generator, SEEDS.nextLong(), DEFAULT_BUDGET);
    }

    /** Returns this property with a fixed seed. */
    public Property<T> withSeed(long newSeed) {
        return new Property<>(generator, newSeed, budget);
    }

    /** Returns this property with another budget. */
    public Property<T> withBudget(Budget newBudget) {
        return new Property<>(generator, seed, newBudget);
    }

    /** Returns the seed this property runs with. */
    public long seed() {
        return seed;
    }

    /** Runs {@code body} on generated values and returns the outcome; a failure is shrunk to its smallest form. */
    public PropertyResult<T> run(Consumer<T> body) {
        AtomicInteger invocations = new AtomicInteger();
        CapturingReporter<T> reporter = new CapturingReporter<>(seed);
        try {
            QuickTheory.qt().withFixedSeed(seed).withExamples(budget.examples()).withShrinkCycles(budget.shrinkCycles())
                    .withUnlimitedTestingTime().withReporter(reporter).forAll(generator.engine()).checkAssert(value -> {
                        invocations.incrementAndGet();
                        body.accept(value);
                    });
        } catch (Falsification falsification) {
            return new PropertyResult.Falsified<>(seed, reporter.counterexample);
        }
        return new PropertyResult.Passed<>(seed, invocations.get());
    }

    /**
     * Runs {@code body} on generated values.
     *
     * @throws PropertyFailure with the seed and the smallest counterexample when the property fails
     */
    public void check(Consumer<T> body) {
        PropertyResult<T> result = run(body);
        if (result instanceof PropertyResult.Falsified<T> falsified) {
            throw new PropertyFailure(falsified.counterexample());
        }
    }

    private static final class Falsification extends RuntimeException {
        Falsification() {
            super(null, null, false, false);
        }
    }

    private static final class CapturingReporter<T> implements Reporter {
        private final long seed;
        private Counterexample<T> counterexample;

        CapturingReporter(long seed) {
            this.seed = seed;
        }

        @Override
        public void falisification(long usedSeed, int examplesUsed, Object smallest, Throwable cause, List<Object> examples, AsString<Object> toString) {
            capture(examplesUsed, smallest, cause, toString);
        }

        @Override
        public void falisification(long usedSeed, int examplesUsed, Object smallest, List<Object> examples, AsString<Object> toString) {
            capture(examplesUsed, smallest, null, toString);
        }

        @SuppressWarnings("unchecked")
        private void capture(int examplesUsed, Object smallest, Throwable cause, AsString<Object> toString) {
            counterexample = new Counterexample<>(seed, examplesUsed, (T) smallest, toString.asString(smallest), cause);
            throw new Falsification();
        }

        @Override
        public void valuesExhausted(int examplesUsed) {
            // running out of distinct values is not a failure: every value the generator can make was tried
        }
    }
}
