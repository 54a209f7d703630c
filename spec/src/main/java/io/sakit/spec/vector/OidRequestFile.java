package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** A loaded OID request vector file (add_sa.json, delete_sa.json, udpesp_sa.json). */
public record OidRequestFile(VectorHeader header, List<OidRequestGroup> groups) implements VectorFile {

    /** Requires the header; copies the groups. */
    public OidRequestFile {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
    }

    @Override
    public List<OidRequestTest> tests() {
        return groups.stream().flatMap(group -> group.tests().stream()).toList();
    }
}
