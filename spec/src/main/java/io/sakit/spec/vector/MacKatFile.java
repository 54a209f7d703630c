package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** A loaded MAC known-answer file (hmac_kat.json). */
public record MacKatFile(VectorHeader header, List<MacKatGroup> groups) implements VectorFile {

    /** Requires the header; copies the groups. */
    public MacKatFile {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
    }

    @Override
    public List<MacKatTest> tests() {
        return groups.stream().flatMap(group -> group.tests().stream()).toList();
    }
}
