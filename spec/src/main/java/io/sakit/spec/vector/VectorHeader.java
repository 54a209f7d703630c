package io.sakit.spec.vector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The header fields common to every vector file: its name, type, spec version, generator, test count,
 * description lines and the notes that define its flags.
 */
public record VectorHeader(String fileName, VectorType type, String specVersion, String generator, int numberOfTests,
        List<String> description, Map<String, Note> notes) {

    /** Requires every field; copies the lists and keeps the notes in file order. */
    public VectorHeader {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(specVersion, "specVersion");
        Objects.requireNonNull(generator, "generator");
        description = List.copyOf(description);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /**
     * Returns the requirement ids a test checks: those of its flags' notes in flag order, then its own extra ids,
     * each once.
     *
     * @throws IllegalArgumentException when a flag of the test is not defined in the notes
     */
    public List<String> requirementsOf(VectorTest test) {
        Set<String> ids = new LinkedHashSet<>();
        for (String flag : test.flags()) {
            Note note = notes.get(flag);
            if (note == null) {
                throw new IllegalArgumentException(fileName + ": test " + test.tcId() + ": flag '" + flag + "' is not defined in notes");
            }
            ids.addAll(note.requirements());
        }
        ids.addAll(test.extraRequirements());
        return List.copyOf(ids);
    }
}
