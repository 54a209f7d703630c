package io.sakit.conformance.hygiene;

import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adapter {@code keyspy}, for the kit's key-hygiene test: wraps the adapter named by option {@code of} and
 * keeps every key any add request hands it, so the test knows the run's keys and can search the outputs.
 */
public final class KeySpyProvider implements AdapterProvider {

    private static final Set<String> KEYS = ConcurrentHashMap.newKeySet();

    /** Returns the keys handed to every keyspy adapter so far, in lower-case hexadecimal. */
    static Set<String> keysSeen() {
        return Set.copyOf(KEYS);
    }

    @Override
    public String id() {
        return "keyspy";
    }

    @Override
    public String description() {
        return "records the keys handed to the adapter it wraps (kit tests only)";
    }

    @Override
    public OffloadAdapter create(AdapterOptions options) {
        options.requireOnly(Set.of("of"));
        OffloadAdapter inner = AdapterRegistry.load().create(options.get("of", "reference"), new AdapterOptions(Map.of()));
        return new Spy(inner);
    }

    private static void record(List<SecurityAssociation> sas) {
        for (SecurityAssociation sa : sas) {
            KEYS.add(java.util.HexFormat.of().formatHex(sa.confKey().copy()));
            KEYS.add(java.util.HexFormat.of().formatHex(sa.integrityKey().copy()));
        }
    }

    /** The wrapped adapter, unchanged except that add requests are decoded and their keys kept. */
    private record Spy(OffloadAdapter inner) implements OffloadAdapter {

        @Override
        public AdapterCapabilities capabilities() {
            return inner.capabilities();
        }

        @Override
        public SetResult setInformation(int oid, byte[] informationBuffer) {
            RequestDecoder decoder = new RequestDecoder(inner.capabilities().profile(), false);
            if (oid == Oid.ADD_SA.value() && decoder.addSa(informationBuffer) instanceof Decoded.Accepted<AddSaRequest> add) {
                record(add.value().securityAssociations());
            } else if (oid == Oid.ADD_UDPESP_SA.value() && decoder.addUdpEspSa(informationBuffer) instanceof Decoded.Accepted<UdpEspAddRequest> add) {
                record(add.value().request().securityAssociations());
            }
            return inner.setInformation(oid, informationBuffer);
        }

        @Override
        public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
            return inner.transmit(packet, offloadHandle, nextOffloadHandle);
        }

        @Override
        public ReceiveResult receive(byte[] packet) {
            return inner.receive(packet);
        }

        @Override
        public Optional<Classifier> classifier() {
            return inner.classifier();
        }

        @Override
        public void reset() {
            inner.reset();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
