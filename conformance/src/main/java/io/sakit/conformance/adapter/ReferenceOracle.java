package io.sakit.conformance.adapter;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.function.Supplier;

/** The reference model differential cases compare against: the reference implementation configured exactly as the adapter under test advertises. */
public final class ReferenceOracle {

    private ReferenceOracle() {
    }

    /** Returns a factory of reference adapters with {@code capabilities} (capabilities, capacities, profile). */
    public static Supplier<OffloadAdapter> factory(AdapterCapabilities capabilities) {
        return () -> new ReferenceAdapter(new ReferenceConfig(capabilities, false));
    }

    /**
     * Returns the SAs and the parser entries live in an oracle this class made, as {sas, parserEntries}.
     *
     * @throws IllegalArgumentException when {@code oracle} is not one
     */
    public static int[] liveRoom(OffloadAdapter oracle) {
        if (!(oracle instanceof ReferenceAdapter reference)) {
            throw new IllegalArgumentException("not a reference oracle: " + oracle.getClass().getName());
        }
        return new int[] {reference.liveSas(), reference.liveParserEntries()};
    }
}
