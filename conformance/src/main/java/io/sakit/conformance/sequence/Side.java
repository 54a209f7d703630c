package io.sakit.conformance.sequence;

import io.sakit.conformance.check.Completion;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.OffloadAdapter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One side of a differential run, the adapter under test or the reference model: it applies commands and
 * remembers which bundles its successful adds created, so a command's {@code ref} names its own handle.
 */
final class Side {

    private final OffloadAdapter adapter;
    private final RequestEncoder encoder;
    private final Profile profile;
    private final DataPathSteps dataPath;
    private final List<AddedBundle> added = new ArrayList<>();

    Side(OffloadAdapter adapter, Profile profile, DataPathSteps dataPath) {
        this.adapter = adapter;
        this.encoder = new RequestEncoder(profile);
        this.profile = profile;
        this.dataPath = dataPath;
    }

    Observation apply(Command command) {
        if (command instanceof Command.Add add) {
            return add(encoder.addSa(add.request()), add.request());
        }
        if (command instanceof Command.AddFaulty faulty) {
            return add(faulty.fault().apply(encoder.addSa(faulty.request()), faulty.request(), profile.abi()), null);
        }
        if (command instanceof Command.Delete delete) {
            return delete(bundle(delete.ref()).handle());
        }
        if (command instanceof Command.DeleteBogus bogus) {
            return delete(bogus.value());
        }
        if (command instanceof Command.Transmit transmit) {
            return dataPath.transmit(adapter, bundle(transmit.ref()), transmit);
        }
        if (command instanceof Command.Receive receive) {
            return dataPath.receive(adapter, bundle(receive.ref()), receive);
        }
        adapter.reset();
        return new Observation("reset");
    }

    private AddedBundle bundle(int ref) {
        return added.isEmpty() ? AddedBundle.NONE : added.get(Math.floorMod(ref, added.size()));
    }

    private Observation add(byte[] buffer, AddSaRequest request) {
        Completion completion = Completion.send(adapter, Oid.ADD_SA, buffer, profile.abi());
        String text = "ADD_SA " + completion.status();
        if (completion.is(NdisStatus.SUCCESS)) {
            text += " BytesRead " + completion.result().bytesRead() + " handle " + (completion.offloadHandle() == 0 ? "NULL" : "set");
            if (request != null && completion.offloadHandle() != 0) {
                added.add(new AddedBundle(completion.offloadHandle(), request));
            }
        } else if (completion.is(NdisStatus.INVALID_LENGTH)) {
            text += " BytesNeeded " + completion.result().bytesNeeded();
        }
        return new Observation(text + " written back " + blankedDigest(completion.result().buffer()));
    }

    private Observation delete(long handle) {
        return new Observation("DELETE_SA " + Completion.send(adapter, Oid.DELETE_SA, encoder.deleteSa(handle), profile.abi()).status());
    }

    private String blankedDigest(byte[] buffer) {
        byte[] blanked = buffer.clone();
        int end = Math.min(blanked.length, AddSaLayout.OFFLOAD_HANDLE + profile.abi().handleSize());
        for (int i = AddSaLayout.OFFLOAD_HANDLE; i < end; i++) {
            blanked[i] = 0;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(blanked), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
