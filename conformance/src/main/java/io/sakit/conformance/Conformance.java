package io.sakit.conformance;

/**
 * Selects the sakit conformance suite in a JUnit Platform Suite: {@code @SelectClasses(Conformance.class)}
 * with {@code @IncludeEngines("sakit")} runs every case against the adapter named by the configuration
 * parameter {@code sakit.adapter}; see {@link io.sakit.conformance.engine.ConfigurationKeys} for the others.
 */
public final class Conformance {

    private Conformance() {
    }
}
