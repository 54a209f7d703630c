package io.sakit.spec.spi;

/**
 * Creates adapters of one kind; registered in {@code META-INF/services/io.sakit.spec.spi.AdapterProvider}.
 * Ids are unique across the class path.
 */
public interface AdapterProvider {

    /** Returns the adapter id used on the command line, for example {@code reference}. */
    String id();

    /** Returns one line saying what this adapter is. */
    String description();

    /**
     * Creates an adapter configured by {@code options}.
     *
     * @throws AdapterConfigurationException naming the option that is unknown or malformed
     */
    OffloadAdapter create(AdapterOptions options);
}
