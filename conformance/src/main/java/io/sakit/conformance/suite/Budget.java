package io.sakit.conformance.suite;

import java.util.Locale;

/**
 * How many generated cases each property and sequence case gets. {@code standard} is the default
 * certification run; {@code quick} is for fast feedback; {@code exhaustive} for release certification.
 */
public enum Budget {
    QUICK(40, 10, 50),
    STANDARD(2500, 400, 500),
    EXHAUSTIVE(25000, 4000, 5000);

    private final int examples;
    private final int sequences;
    private final int shrinkCycles;

    Budget(int examples, int sequences, int shrinkCycles) {
        this.examples = examples;
        this.sequences = sequences;
        this.shrinkCycles = shrinkCycles;
    }

    /** Returns the examples one property case tries. */
    public int examples() {
        return examples;
    }

    /** Returns the operation sequences one differential case runs. */
    public int sequences() {
        return sequences;
    }

    /** Returns the shrink steps a counterexample gets. */
    public int shrinkCycles() {
        return shrinkCycles;
    }

    /** Returns the name used on the command line. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code quick}, {@code standard} or {@code exhaustive}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Budget parse(String text) {
        for (Budget budget : values()) {
            if (budget.token().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return budget;
            }
        }
        throw new IllegalArgumentException("unknown budget '" + text + "': use quick, standard or exhaustive");
    }
}
