package io.sakit.reports.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The implementation a run certified: adapter id, its description and the options it was given. */
public record AdapterInfo(String id, String description, Map<String, String> options) {

    /** Requires every part; keeps the options in key order. */
    public AdapterInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }
}
