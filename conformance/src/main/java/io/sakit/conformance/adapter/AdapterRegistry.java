package io.sakit.conformance.adapter;

import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.conformance.mutants.Mutants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The adapters on the class path, found with {@link ServiceLoader}, the kit's mutants, and the adapter families
 * named by a prefix (such as {@code exec:<command line>}); checked: every id and prefix is unique. An unknown id
 * fails with the list of the ids that exist.
 */
public final class AdapterRegistry {

    /** The call limit families are told when the run does not say: the engine's default. */
    public static final Duration DEFAULT_CALL_LIMIT = Duration.ofSeconds(5);

    private final Map<String, AdapterProvider> providers;
    private final Map<String, AdapterFamily> families;
    private final Duration callLimit;

    private AdapterRegistry(Map<String, AdapterProvider> providers, Map<String, AdapterFamily> families, Duration callLimit) {
        this.providers = providers;
        this.families = families;
        this.callLimit = callLimit;
    }

    /**
     * Loads every provider visible to {@code loader}.
     *
     * @throws AdapterConfigurationException when two providers share an id
     */
    public static AdapterRegistry load(ClassLoader loader) {
        Map<String, AdapterProvider> providers = providers(loader);
        return new AdapterRegistry(providers, families(loader, providers), DEFAULT_CALL_LIMIT);
    }

    private static Map<String, AdapterProvider> providers(ClassLoader loader) {
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
        return providers;
    }

    private static Map<String, AdapterFamily> families(ClassLoader loader, Map<String, AdapterProvider> providers) {
        Map<String, AdapterFamily> families = new TreeMap<>();
        for (AdapterFamily family : ServiceLoader.load(AdapterFamily.class, loader)) {
            String prefix = family.prefix();
            if (!prefix.endsWith(":") || families.put(prefix, family) != null
                    || providers.keySet().stream().anyMatch(id -> id.startsWith(prefix))) {
                throw new AdapterConfigurationException("adapter family prefix '" + prefix + "' must end in ':' and be used by one family and no adapter id");
            }
        }
        return families;
    }

    /** Returns this registry telling families that the kit allows one call {@code limit}, so their own limits stay within it. */
    public AdapterRegistry withCallLimit(Duration limit) {
        return new AdapterRegistry(providers, families, limit);
    }

    /** Loads the providers visible to this class's loader. */
    public static AdapterRegistry load() {
        return load(AdapterRegistry.class.getClassLoader());
    }

    /** Returns every provider, in id order. */
    public Collection<AdapterProvider> providers() {
        return providers.values();
    }

    /** Returns every adapter family, in prefix order. */
    public Collection<AdapterFamily> families() {
        return families.values();
    }

    /**
     * Returns the provider with this id, or the one the family whose prefix starts the id makes from the rest of it.
     *
     * @throws AdapterConfigurationException listing the known ids when there is none
     */
    public AdapterProvider provider(String id) {
        AdapterProvider provider = providers.get(id);
        if (provider != null) {
            return provider;
        }
        for (AdapterFamily family : families.values()) {
            if (id.startsWith(family.prefix())) {
                return family.provider(id.substring(family.prefix().length()), callLimit);
            }
        }
        List<String> known = new ArrayList<>(providers.keySet());
        families.values().forEach(family -> known.add(family.usage()));
        throw new AdapterConfigurationException("unknown adapter '" + id + "'; known adapters: " + String.join(", ", known));
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
