package io.sakit.conformance.engine;

import io.sakit.spec.capability.AdapterCapabilities;
import java.util.List;
import java.util.Map;

/**
 * What the engine reports once the adapter is up, before any case runs: the adapter, what it advertises,
 * the seed, the budget, the shard and the case filter. Published as the report entry {@code sakit.run}.
 */
public record RunStart(String adapterId, String adapterDescription, Map<String, String> options, AdapterCapabilities capabilities, long seed,
        String budget, String shard, List<String> only) {

    /** The report-entry key of this record. */
    public static final String ENTRY = "sakit.run";

    /** Copies the collections. */
    public RunStart {
        options = Map.copyOf(options);
        only = List.copyOf(only);
    }
}
