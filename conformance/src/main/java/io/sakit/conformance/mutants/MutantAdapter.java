package io.sakit.conformance.mutants;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Optional;

/**
 * The reference implementation behind hooks a mutant overrides: each call goes to the reference unless the
 * mutant changes it. A mutant may advertise other capabilities than the reference it wraps.
 */
abstract class MutantAdapter implements OffloadAdapter {

    protected final ReferenceAdapter reference;
    private final AdapterCapabilities advertised;

    MutantAdapter() {
        this(ReferenceConfig.defaults());
    }

    MutantAdapter(ReferenceConfig config) {
        this(config, config.capabilities());
    }

    MutantAdapter(ReferenceConfig config, AdapterCapabilities advertised) {
        this.reference = new ReferenceAdapter(config);
        this.advertised = advertised;
    }

    @Override
    public AdapterCapabilities capabilities() {
        return advertised;
    }

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        return reference.setInformation(oid, informationBuffer);
    }

    @Override
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return reference.transmit(packet, offloadHandle, nextOffloadHandle);
    }

    @Override
    public ReceiveResult receive(byte[] packet) {
        return reference.receive(packet);
    }

    @Override
    public Optional<Classifier> classifier() {
        return reference.classifier();
    }

    @Override
    public void reset() {
        reference.reset();
    }

    @Override
    public void close() {
        reference.close();
    }
}
