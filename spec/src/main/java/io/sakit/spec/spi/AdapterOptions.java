package io.sakit.spec.spi;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The key=value options given to an adapter on the command line, with typed accessors that fail with one-line messages. */
public record AdapterOptions(Map<String, String> values) {

    /** No options. */
    public static final AdapterOptions NONE = new AdapterOptions(Map.of());

    /** Copies the options in key order. */
    public AdapterOptions {
        values = Map.copyOf(new TreeMap<>(values));
    }

    /**
     * Parses {@code key=value} strings.
     *
     * @throws AdapterConfigurationException for an entry without '=' or a repeated key
     */
    public static AdapterOptions parse(Iterable<String> entries) {
        Map<String, String> values = new TreeMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new AdapterConfigurationException("option '" + entry + "' is not key=value");
            }
            if (values.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim()) != null) {
                throw new AdapterConfigurationException("option '" + entry.substring(0, eq) + "' is given twice");
            }
        }
        return new AdapterOptions(values);
    }

    /** Returns the option's value, or {@code fallback} when it is absent. */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * Returns the option as an int in {@code [min, max]}, or {@code fallback} when absent.
     *
     * @throws AdapterConfigurationException when it is not such a number
     */
    public int getInt(String key, int fallback, int min, int max) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new AdapterConfigurationException("option " + key + "=" + value + " must be a whole number from " + min + " to " + max);
    }

    /**
     * Returns the option as a boolean ({@code true} or {@code false}), or {@code fallback} when absent.
     *
     * @throws AdapterConfigurationException for any other value
     */
    public boolean getBoolean(String key, boolean fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new AdapterConfigurationException("option " + key + "=" + value + " must be true or false");
    }

    /**
     * Fails when an option is not among {@code known}.
     *
     * @throws AdapterConfigurationException listing the unknown options and the known ones
     */
    public void requireOnly(Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new AdapterConfigurationException("unknown option(s) " + unknown + "; this adapter accepts " + new TreeSet<>(known));
        }
    }
}
