package io.sakit.conformance.engine;

import io.sakit.conformance.adapter.exec.CommandWords;
import io.sakit.conformance.execution.ExecutionSettings;
import io.sakit.conformance.suite.Budget;
import io.sakit.conformance.suite.CaseFilter;
import io.sakit.reports.model.Shard;
import io.sakit.spec.spi.AdapterOptions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/** A run as its configuration parameters describe it: adapter and options, budget, seed, filter and time limits. */
public record RunConfiguration(String adapterId, AdapterOptions options, ExecutionSettings settings, CaseFilter filter) {

    private static final SecureRandom SEEDS = new SecureRandom();

    /**
     * Reads the {@code sakit.*} parameters.
     *
     * @throws IllegalArgumentException with a one-line message naming the malformed parameter
     */
    public static RunConfiguration from(ConfigurationParameters parameters) {
        String adapter = parameters.get(ConfigurationKeys.ADAPTER).orElse("reference");
        AdapterOptions options = AdapterOptions.parse(split(parameters.get(ConfigurationKeys.OPTIONS).orElse(""), ";"));
        Budget budget = Budget.parse(parameters.get(ConfigurationKeys.BUDGET).orElse("standard"));
        long seed = parameters.get(ConfigurationKeys.SEED).map(s -> parseLong(ConfigurationKeys.SEED, s)).orElseGet(SEEDS::nextLong);
        Duration call = Duration.ofMillis(parameters.get(ConfigurationKeys.CALL_TIMEOUT_MILLIS).map(s -> parseLong(ConfigurationKeys.CALL_TIMEOUT_MILLIS, s))
                .orElse(5000L));
        Duration caseLimit = Duration.ofSeconds(parameters.get(ConfigurationKeys.CASE_TIMEOUT_SECONDS)
                .map(s -> parseLong(ConfigurationKeys.CASE_TIMEOUT_SECONDS, s)).orElse(300L));
        Shard shard = parameters.get(ConfigurationKeys.SHARD).map(Shard::parse).orElse(Shard.WHOLE);
        Set<String> only = Set.copyOf(split(parameters.get(ConfigurationKeys.ONLY).orElse(""), ","));
        String reproduce = parameters.get(ConfigurationKeys.REPRODUCE).orElse(defaultReproduce(adapter, options, budget));
        return new RunConfiguration(adapter, options, new ExecutionSettings(seed, budget, call, caseLimit, reproduce,
                parameters.get(ConfigurationKeys.KEY_LOG).map(Path::of)), new CaseFilter(only, shard));
    }

    private static String defaultReproduce(String adapter, AdapterOptions options, Budget budget) {
        String optionText = options.values().entrySet().stream().map(e -> " --option " + CommandWords.quote(e.getKey() + "=" + e.getValue()))
                .collect(Collectors.joining());
        return "./sakit certify --adapter " + CommandWords.quote(adapter) + optionText + " --budget " + budget.token();
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static long parseLong(String key, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration parameter " + key + "=" + value + " is not a whole number", e);
        }
    }
}
