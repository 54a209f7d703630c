package io.sakit.conformance.runner;

import io.sakit.conformance.engine.ConfigurationKeys;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.Shard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/** What the user asked to run: adapter and options, budget, seed, case filter and shard. */
public record RunRequest(String adapterId, List<String> options, Budget budget, OptionalLong seed, List<String> only, Shard shard, String command) {

    /** Copies the lists. */
    public RunRequest {
        Objects.requireNonNull(adapterId, "adapterId");
        options = List.copyOf(options);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(seed, "seed");
        only = List.copyOf(only);
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(command, "command");
    }

    /** Returns the engine's configuration parameters for this request. */
    public Map<String, String> configurationParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ConfigurationKeys.ADAPTER, adapterId);
        parameters.put(ConfigurationKeys.OPTIONS, String.join(";", options));
        parameters.put(ConfigurationKeys.BUDGET, budget.token());
        seed.ifPresent(s -> parameters.put(ConfigurationKeys.SEED, Long.toString(s)));
        parameters.put(ConfigurationKeys.ONLY, String.join(",", only));
        parameters.put(ConfigurationKeys.SHARD, shard.toString());
        parameters.put(ConfigurationKeys.REPRODUCE, reproducePrefix());
        return parameters;
    }

    private String reproducePrefix() {
        StringBuilder command = new StringBuilder("./sakit certify --adapter ").append(adapterId);
        options.forEach(option -> command.append(" --option ").append(option));
        return command.append(" --budget ").append(budget.token()).toString();
    }
}
