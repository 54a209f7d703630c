package io.sakit.conformance.adapter;

import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.conformance.mutants.Mutants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The adapters on the class path, found with {@link ServiceLoader}, and the kit's mutants; checked: every id is
 * unique. An unknown id fails with the list of the ids that exist.
 */
public final class AdapterRegistry {

    private final Map<String, AdapterProvider> providers;

    private AdapterRegistry(Map<String, AdapterProvider> providers) {
        this.providers = providers;
    }

    /**
     * Loads every provider visible to {@code loader}.
     *
     * @throws AdapterConfigurationException when two providers share an id
     */
    public static AdapterRegistry load(ClassLoader loader) {
        Map<String, AdapterProvider> providers = new TreeMap<>();
        List<AdapterProvider> found = new ArrayList<>();
        ServiceLoader.load(AdapterProvider.class, loader).forEach(found::add);
        found.addAll(Mutants.providers());
        for (AdapterProvider provider : found) {
            AdapterProvider previous = providers.put(provider.id(), provider);
            if (previous != null) {
                throw new AdapterConfigurationException("adapter id '" + provider.id() + "' is provided twice: by " + previous.getClass().getName()
                        + " and by " + provider.getClass().getName());
            }
        }
        return new AdapterRegistry(providers);
    }

    /** Loads the providers visible to this class's loader. */
    public static AdapterRegistry load() {
        return load(AdapterRegistry.class.getClassLoader());
    }

    /** Returns every provider, in id order. */
    public Collection<AdapterProvider> providers() {
        return providers.values();
    }

    /**
     * Returns the provider with this id.
     *
     * @throws AdapterConfigurationException listing the known ids when there is none
     */
    public AdapterProvider provider(String id) {
        AdapterProvider provider = providers.get(id);
        if (provider == null) {
            throw new AdapterConfigurationException("unknown adapter '" + id + "'; known adapters: " + String.join(", ", providers.keySet()));
        }
        return provider;
    }

    /**
     * Creates the adapter with this id from {@code options}.
     *
     * @throws AdapterConfigurationException for an unknown id or options the adapter refuses
     */
    public OffloadAdapter create(String id, AdapterOptions options) {
        return provider(id).create(options);
    }
}
