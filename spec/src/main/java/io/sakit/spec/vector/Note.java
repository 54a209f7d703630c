package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** The note a vector file gives for one flag: its bug type, what it means and the requirement ids it tests. */
public record Note(BugType bugType, String description, List<String> requirements) {

    /** Requires a bug type, a description and at least one requirement id. */
    public Note {
        Objects.requireNonNull(bugType, "bugType");
        Objects.requireNonNull(description, "description");
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a note names at least one requirement");
        }
    }
}
