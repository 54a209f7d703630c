package io.sakit.reference.adapter;

import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;

/** Provides the reference implementation under the adapter id {@code reference}; its options are those of {@link ReferenceConfig}. */
public final class ReferenceProvider implements AdapterProvider {

    /** The adapter id. */
    public static final String ID = "reference";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "sakit reference implementation (configurable capabilities, capacity and profile)";
    }

    @Override
    public OffloadAdapter create(AdapterOptions options) {
        return new ReferenceAdapter(ReferenceConfig.from(options));
    }
}
