package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** A loaded cipher known-answer file (cipher_kat.json). */
public record CipherKatFile(VectorHeader header, List<CipherKatGroup> groups) implements VectorFile {

    /** Requires the header; copies the groups. */
    public CipherKatFile {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
    }

    @Override
    public List<CipherKatTest> tests() {
        return groups.stream().flatMap(group -> group.tests().stream()).toList();
    }
}
