package io.sakit.property;

/** The assertion error a falsified property throws from {@link Property#check}: it names the seed and the counterexample. */
public final class PropertyFailure extends AssertionError {

    private final transient Counterexample<?> counterexample;

    PropertyFailure(Counterexample<?> counterexample) {
        super(message(counterexample), counterexample.failure());
        this.counterexample = counterexample;
    }

    private static String message(Counterexample<?> c) {
        String cause = c.failure() == null ? "" : "\n  failure: " + c.failure().getMessage();
        return "property falsified after " + c.examplesTried() + " example(s); rerun with seed " + c.seed() + "\n  smallest counterexample: "
                + c.description() + cause;
    }

    /** Returns the captured counterexample. */
    public Counterexample<?> counterexample() {
        return counterexample;
    }
}
