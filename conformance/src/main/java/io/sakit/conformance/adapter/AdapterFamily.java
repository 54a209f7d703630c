package io.sakit.conformance.adapter;

import io.sakit.spec.spi.AdapterProvider;
import java.time.Duration;

/**
 * A family of adapters named by a prefix and a free-form rest, such as {@code exec:<command line>}; found with
 * {@link java.util.ServiceLoader} from {@code META-INF/services/io.sakit.conformance.adapter.AdapterFamily}.
 */
public interface AdapterFamily {

    /** Returns the prefix that selects this family, ending in {@code ':'}, for example {@code exec:}. */
    String prefix();

    /** Returns how an id of this family is written, for example {@code exec:<command line>}. */
    String usage();

    /** Returns one line saying what the adapters of this family are. */
    String description();

    /**
     * Returns the provider of the adapter named by the part of the id after the prefix.
     *
     * @param rest the id without the prefix
     * @param callLimit the time the kit allows one adapter call, which the family's own limits stay within
     * @throws io.sakit.spec.spi.AdapterConfigurationException when {@code rest} names no adapter of this family
     */
    AdapterProvider provider(String rest, Duration callLimit);
}
