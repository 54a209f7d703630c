package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** A loaded filter matching vector file (filter_match.json). */
public record FilterMatchFile(VectorHeader header, List<FilterMatchGroup> groups) implements VectorFile {

    /** Requires the header; copies the groups. */
    public FilterMatchFile {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
    }

    @Override
    public List<FilterMatchTest> tests() {
        return groups.stream().flatMap(group -> group.tests().stream()).toList();
    }
}
