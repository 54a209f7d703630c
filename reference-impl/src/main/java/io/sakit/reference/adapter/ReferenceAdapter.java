package io.sakit.reference.adapter;

import io.sakit.reference.datapath.DataPath;
import io.sakit.reference.sadb.AddResult;
import io.sakit.reference.sadb.SaDatabase;
import io.sakit.reference.transform.IvSource;
import io.sakit.reference.transform.RandomIvSource;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.DeleteSaRequest;
import io.sakit.spec.model.DeleteUdpEspRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Optional;

/**
 * The reference implementation of the sakit specification as an adapter (id {@code reference}): the
 * decoder's structural checks in the specification's order, the SA database's state checks, the written-back
 * buffer of K3, and the data path. Safe under concurrent calls.
 */
public final class ReferenceAdapter implements OffloadAdapter {

    private final ReferenceConfig config;
    private final Abi abi;
    private final RequestDecoder decoder;
    private final SaDatabase database;
    private final DataPath dataPath;

    /** Creates the adapter with the default, unpredictable IV source. */
    public ReferenceAdapter(ReferenceConfig config) {
        this(config, new RandomIvSource());
    }

    /** Creates the adapter with a chosen IV source; tests use a fixed one to make transmit deterministic. */
    public ReferenceAdapter(ReferenceConfig config, IvSource ivSource) {
        AdapterCapabilities capabilities = config.capabilities();
        this.config = config;
        this.abi = capabilities.profile().abi();
        this.decoder = new RequestDecoder(capabilities.profile(), config.rejectWeakDesKeys());
        this.database = new SaDatabase(capabilities.offload(), capabilities.saCapacity(), capabilities.parserEntryCapacity(), abi);
        this.dataPath = new DataPath(database, capabilities.offload(), ivSource);
    }

    @Override
    public AdapterCapabilities capabilities() {
        return config.capabilities();
    }

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        Optional<Oid> known = Oid.of(oid);
        if (known.isEmpty()) {
            return new SetResult(NdisStatus.INVALID_OID.code(), 0, 0, informationBuffer);
        }
        return switch (known.get()) {
            case ADD_SA -> addSa(informationBuffer);
            case ADD_UDPESP_SA -> addUdpEspSa(informationBuffer);
            case DELETE_SA -> deleteSa(informationBuffer);
            case DELETE_UDPESP_SA -> deleteUdpEspSa(informationBuffer);
        };
    }

    private SetResult addSa(byte[] buffer) {
        Decoded<AddSaRequest> decoded = decoder.addSa(buffer);
        if (decoded instanceof Decoded.Rejected<AddSaRequest> rejected) {
            return refused(buffer, rejected.rejection());
        }
        Decoded.Accepted<AddSaRequest> accepted = (Decoded.Accepted<AddSaRequest>) decoded;
        AddResult result = database.add(accepted.value());
        wipe(accepted.value());
        return completed(buffer, result, accepted.bytesRead(), false);
    }

    private SetResult addUdpEspSa(byte[] buffer) {
        Decoded<UdpEspAddRequest> decoded = decoder.addUdpEspSa(buffer);
        if (decoded instanceof Decoded.Rejected<UdpEspAddRequest> rejected) {
            return refused(buffer, rejected.rejection());
        }
        Decoded.Accepted<UdpEspAddRequest> accepted = (Decoded.Accepted<UdpEspAddRequest>) decoded;
        UdpEspAddRequest request = accepted.value();
        AddResult result = database.addUdpEsp(request);
        wipe(request.request());
        boolean writesEntry = request.request().direction() == Direction.INBOUND && request.encapEntryHandle() == 0;
        return completed(buffer, result, accepted.bytesRead(), writesEntry);
    }

    private SetResult completed(byte[] buffer, AddResult result, long bytesRead, boolean writeEntryHandle) {
        if (result instanceof AddResult.Refused refused) {
            return refused(buffer, refused.rejection());
        }
        AddResult.Added added = (AddResult.Added) result;
        Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, abi, added.handle());
        if (writeEntryHandle) {
            Bytes.putHandle(buffer, AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi), abi, added.entryHandle());
        }
        return new SetResult(NdisStatus.SUCCESS.code(), bytesRead, 0, buffer);
    }

    private SetResult refused(byte[] buffer, Rejection rejection) {
        if (buffer.length >= AddSaLayout.OFFLOAD_HANDLE + abi.handleSize()) {
            Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, abi, 0);
        }
        return new SetResult(rejection.status().code(), 0, rejection.bytesNeeded(), buffer);
    }

    private SetResult deleteSa(byte[] buffer) {
        Decoded<DeleteSaRequest> decoded = decoder.deleteSa(buffer);
        if (decoded instanceof Decoded.Rejected<DeleteSaRequest> rejected) {
            return new SetResult(rejected.rejection().status().code(), 0, rejected.rejection().bytesNeeded(), buffer);
        }
        Decoded.Accepted<DeleteSaRequest> accepted = (Decoded.Accepted<DeleteSaRequest>) decoded;
        return deleted(buffer, database.delete(accepted.value().offloadHandle()), accepted.bytesRead());
    }

    private SetResult deleteUdpEspSa(byte[] buffer) {
        Decoded<DeleteUdpEspRequest> decoded = decoder.deleteUdpEspSa(buffer);
        if (decoded instanceof Decoded.Rejected<DeleteUdpEspRequest> rejected) {
            return new SetResult(rejected.rejection().status().code(), 0, rejected.rejection().bytesNeeded(), buffer);
        }
        Decoded.Accepted<DeleteUdpEspRequest> accepted = (Decoded.Accepted<DeleteUdpEspRequest>) decoded;
        DeleteUdpEspRequest request = accepted.value();
        return deleted(buffer, database.deleteUdpEsp(request.offloadHandle(), request.encapEntryHandle()), accepted.bytesRead());
    }

    private static SetResult deleted(byte[] buffer, Optional<Rejection> refusal, long bytesRead) {
        return refusal.map(r -> new SetResult(r.status().code(), 0, 0, buffer))
                .orElseGet(() -> new SetResult(NdisStatus.SUCCESS.code(), bytesRead, 0, buffer));
    }

    private static void wipe(AddSaRequest request) {
        for (SecurityAssociation sa : request.securityAssociations()) {
            sa.confKey().destroy();
            sa.integrityKey().destroy();
        }
    }

    @Override
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return dataPath.transmit(packet, offloadHandle, nextOffloadHandle);
    }

    @Override
    public ReceiveResult receive(byte[] packet) {
        return dataPath.receive(packet);
    }

    @Override
    public Optional<Classifier> classifier() {
        return config.capabilities().classifier() ? Optional.of(database::matchingHandles) : Optional.empty();
    }

    @Override
    public void reset() {
        database.reset();
    }

    /** Returns the SA database, for the kit's own tests and dumps. */
    public SaDatabase database() {
        return database;
    }

    /** Returns the number of live SAs (a bundle counts two). */
    public int liveSas() {
        return database.liveSas();
    }

    /** Returns the number of live parser entries, marked ones included. */
    public int liveParserEntries() {
        return database.parserEntries().size();
    }

    /** Returns a stable JSON dump of the state: bundles and parser entries, keys as fingerprints only. */
    public String dump() {
        return StateDump.json(database, abi);
    }

    @Override
    public void close() {
        database.reset();
    }
}
