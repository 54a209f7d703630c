package io.sakit.conformance.runner;

import io.sakit.conformance.adapter.exec.CommandWords;
import io.sakit.conformance.engine.ConfigurationKeys;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.Shard;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the user asked to run: adapter and options, budget, seed, case filter and shard, the time one adapter
 * call may take when not the engine's default, and the key log file, if the user asked for one.
 */
public record RunRequest(String adapterId, List<String> options, Budget budget, OptionalLong seed, List<String> only, Shard shard, String command,
        Optional<Duration> callTimeout, Optional<Path> keyLog) {

    /** A request with the engine's default call limit and no key log. */
    public RunRequest(String adapterId, List<String> options, Budget budget, OptionalLong seed, List<String> only, Shard shard, String command) {
        this(adapterId, options, budget, seed, only, shard, command, Optional.empty(), Optional.empty());
    }

    /** Copies the lists; a call limit must be positive. */
    public RunRequest {
        Objects.requireNonNull(adapterId, "adapterId");
        options = List.copyOf(options);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(seed, "seed");
        only = List.copyOf(only);
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(keyLog, "keyLog");
        if (callTimeout.filter(t -> t.isNegative() || t.isZero()).isPresent()) {
            throw new IllegalArgumentException("the call limit must be positive");
        }
    }

    /** Returns this request with one adapter call limited to {@code limit}. */
    public RunRequest withCallTimeout(Duration limit) {
        return new RunRequest(adapterId, options, budget, seed, only, shard, command, Optional.of(limit), keyLog);
    }

    /** Returns this request with the test keys of failing cases' ESP SAs appended to {@code file}. */
    public RunRequest withKeyLog(Path file) {
        return new RunRequest(adapterId, options, budget, seed, only, shard, command, callTimeout, Optional.of(file));
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
        callTimeout.ifPresent(t -> parameters.put(ConfigurationKeys.CALL_TIMEOUT_MILLIS, Long.toString(t.toMillis())));
        keyLog.ifPresent(file -> parameters.put(ConfigurationKeys.KEY_LOG, file.toAbsolutePath().toString()));
        parameters.put(ConfigurationKeys.REPRODUCE, reproducePrefix());
        return parameters;
    }

    private String reproducePrefix() {
        StringBuilder command = new StringBuilder("./sakit certify --adapter ").append(CommandWords.quote(adapterId));
        options.forEach(option -> command.append(" --option ").append(CommandWords.quote(option)));
        return command.append(" --budget ").append(budget.token()).toString();
    }
}
