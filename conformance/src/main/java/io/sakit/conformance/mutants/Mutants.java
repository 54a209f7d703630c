package io.sakit.conformance.mutants;

import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.ArrayList;
import java.util.List;

/** The catalog of mutants, each also an {@link AdapterProvider} with id {@code mutant:<name>}. */
public final class Mutants {

    private Mutants() {
    }

    /** Returns every mutant, in a stable order. */
    public static List<Mutant> all() {
        List<Mutant> all = new ArrayList<>();
        all.addAll(RequestMutants.all());
        all.addAll(KeyMutants.all());
        all.addAll(StateMutants.all());
        all.addAll(CapabilityMutants.all());
        all.addAll(FilterMutants.all());
        all.addAll(ReceiveMutants.all());
        all.addAll(TransmitMutants.all());
        return List.copyOf(all);
    }

    /** Returns a provider for every mutant. */
    public static List<AdapterProvider> providers() {
        return all().stream().map(Mutants::provider).toList();
    }

    private static AdapterProvider provider(Mutant mutant) {
        return new AdapterProvider() {
            @Override
            public String id() {
                return mutant.id();
            }

            @Override
            public String description() {
                return "broken on purpose: " + mutant.bug();
            }

            @Override
            public OffloadAdapter create(AdapterOptions options) {
                options.requireOnly(java.util.Set.of());
                return mutant.factory().get();
            }
        };
    }
}
