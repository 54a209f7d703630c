package io.sakit.conformance.generated;

import io.sakit.conformance.adapter.AdapterFault;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.property.Budget;
import io.sakit.property.Counterexample;
import io.sakit.property.Gen;
import io.sakit.property.Property;
import io.sakit.property.PropertyResult;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property inside a case: the case's seed, the run's budget, and on failure the smallest
 * counterexample in the failure message (with the seed that reproduces it) and, when an exporter is given,
 * recorded as a vector.
 */
public final class Generated {

    private Generated() {
    }

    /** Checks {@code body} for generated values; the body resets the adapter itself when it needs a clean one. */
    public static <T> void check(CaseContext context, Gen<T> generator, Consumer<T> body) {
        check(context, generator, body, value -> Optional.empty());
    }

    /**
     * Checks {@code body} for generated values and exports a failing value with {@code exporter}.
     *
     * @throws ConformanceFailure naming the smallest counterexample and the seed
     * @throws AdapterFault when the adapter threw or hung on the smallest counterexample
     */
    public static <T> void check(CaseContext context, Gen<T> generator, Consumer<T> body, Function<T, Optional<String>> exporter) {
        Budget budget = new Budget(context.budget().examples(), context.budget().shrinkCycles());
        PropertyResult<T> result = Property.forAll(generator).withSeed(context.seed()).withBudget(budget).run(body);
        if (result instanceof PropertyResult.Passed<T> passed) {
            context.examples(passed.examples());
            return;
        }
        Counterexample<T> c = result.falsifiedBy().orElseThrow();
        context.examples(c.examplesTried());
        exporter.apply(c.value()).ifPresent(context::counterexample);
        String smallest = "smallest counterexample: " + c.description() + " (seed " + c.seed() + ")";
        Throwable cause = c.failure();
        if (cause instanceof ConformanceFailure failure) {
            throw new ConformanceFailure(failure.getMessage() + "; " + smallest, failure.expected().orElse(null), failure.actual().orElse(null));
        }
        if (cause instanceof AdapterFault fault) {
            throw new AdapterFault(fault.getMessage() + "; " + smallest, fault);
        }
        if (cause instanceof NotApplicable notApplicable) {
            throw notApplicable;
        }
        throw new IllegalStateException("a generated case stopped on " + cause + "; " + smallest, cause);
    }
}
