package io.sakit.conformance.mutants;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import io.sakit.spec.spi.OffloadAdapter;

/**
 * One mutant: its name (the adapter id is {@code mutant:<name>}), the bug in one line, the requirements a
 * run against it must find failing, and how to build it.
 */
public record Mutant(String name, String bug, List<String> caughtBy, Supplier<OffloadAdapter> factory) {

    /** The prefix of every mutant's adapter id. */
    public static final String PREFIX = "mutant:";

    /** Requires every part and at least one requirement. */
    public Mutant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bug, "bug");
        caughtBy = List.copyOf(caughtBy);
        if (caughtBy.isEmpty()) {
            throw new IllegalArgumentException("mutant " + name + " names no requirement that catches it");
        }
        Objects.requireNonNull(factory, "factory");
    }

    /** Returns the adapter id. */
    public String id() {
        return PREFIX + name;
    }
}
