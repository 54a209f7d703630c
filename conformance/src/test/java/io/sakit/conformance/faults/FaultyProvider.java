package io.sakit.conformance.faults;

import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Adapter {@code faulty}, for the kit's own tests of how runs survive broken implementations: option
 * {@code fault} names a {@link Fault} (or {@code create-throws}: the provider itself fails), option {@code at}
 * the call at which it begins (default 1).
 */
public final class FaultyProvider implements AdapterProvider {

    private static final AtomicLong CALLS = new AtomicLong();

    /** Creates the provider; the call count starts again, as every run loads the providers anew. */
    public FaultyProvider() {
        CALLS.set(0);
    }

    /** Returns the number of data and OID calls made so far on the adapters of the newest provider. */
    static long calls() {
        return CALLS.get();
    }

    @Override
    public String id() {
        return "faulty";
    }

    @Override
    public String description() {
        return "the reference implementation with an injected fault (kit tests only)";
    }

    @Override
    public OffloadAdapter create(AdapterOptions options) {
        options.requireOnly(Set.of("fault", "at"));
        String fault = options.get("fault", "throws");
        if (fault.equals("create-throws")) {
            throw new IllegalStateException("injected fault: the device is gone");
        }
        try {
            return new FaultyAdapter(Fault.parse(fault), options.getInt("at", 1, 1, Integer.MAX_VALUE), CALLS);
        } catch (IllegalArgumentException e) {
            throw new AdapterConfigurationException("unknown fault '" + fault + "'");
        }
    }
}
