package io.sakit.property;

/** How much effort a property gets: examples to try and shrink steps to spend on a counterexample. */
public record Budget(int examples, int shrinkCycles) {

    /** Requires at least one example and non-negative shrinking. */
    public Budget {
        if (examples < 1) {
            throw new IllegalArgumentException("a property needs at least one example");
        }
        if (shrinkCycles < 0) {
            throw new IllegalArgumentException("shrink cycles cannot be negative");
        }
    }

    /** Returns this budget with the examples scaled by {@code factor} (at least one). */
    public Budget scaled(double factor) {
        return new Budget(Math.max(1, (int) Math.round(examples * factor)), shrinkCycles);
    }
}
