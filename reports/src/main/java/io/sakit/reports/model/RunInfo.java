package io.sakit.reports.model;

import io.sakit.spec.capability.AdapterCapabilities;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a run was: kit and spec versions, digests of the spec, vectors and kit, the adapter, what it
 * advertised, the profile, the seed and budget, the shard and case filter, the command, and when it ran.
 */
public record RunInfo(String kitVersion, String specVersion, Map<String, String> digests, AdapterInfo adapter, AdapterCapabilities capabilities,
        String profile, long seed, String budget, Shard shard, List<String> only, String command, Instant started, Optional<Instant> finished) {

    /** Requires every part; keeps digests in key order. */
    public RunInfo {
        Objects.requireNonNull(kitVersion, "kitVersion");
        Objects.requireNonNull(specVersion, "specVersion");
        digests = java.util.Collections.unmodifiableMap(new TreeMap<>(digests));
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(shard, "shard");
        only = List.copyOf(only);
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }

    /** Returns this run finished at {@code end}. */
    public RunInfo finishedAt(Instant end) {
        return new RunInfo(kitVersion, specVersion, digests, adapter, capabilities, profile, seed, budget, shard, only, command, started, Optional.of(end));
    }

    /** Returns this run as not (yet) finished: what a run cut short reports. */
    public RunInfo unfinished() {
        return new RunInfo(kitVersion, specVersion, digests, adapter, capabilities, profile, seed, budget, shard, only, command, started, Optional.empty());
    }

    /** Returns whether the run covered the whole suite: one shard, no case filter. */
    public boolean coversWholeSuite() {
        return shard.isWhole() && only.isEmpty();
    }
}
