package io.sakit.conformance.mutants;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.SetResult;
import java.util.HashMap;
import java.util.Map;

/** A mutant base that remembers the request behind every live ADD_SA handle, so a data-path bug can use the keys and filters. */
abstract class Tracking extends MutantAdapter {

    private final RequestDecoder decoder = new RequestDecoder(Profile.DEFAULT, false);
    private final Map<Long, AddSaRequest> requests = new HashMap<>();

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        byte[] sent = informationBuffer.clone();
        SetResult result = forward(oid, informationBuffer);
        if (result.status() == NdisStatus.SUCCESS.code() && oid == Oid.ADD_SA.value() && decoder.addSa(sent) instanceof Decoded.Accepted<AddSaRequest> added) {
            requests.put(Bytes.handle(result.buffer(), AddSaLayout.OFFLOAD_HANDLE, Abi.X64), added.value());
        } else if (result.status() == NdisStatus.SUCCESS.code() && oid == Oid.DELETE_SA.value()) {
            requests.remove(Bytes.handle(sent, 0, Abi.X64));
        }
        return result;
    }

    /** Sends the request on; a mutant that also changes requests overrides this. */
    SetResult forward(int oid, byte[] informationBuffer) {
        return reference.setInformation(oid, informationBuffer);
    }

    /** Returns the request that created the live bundle {@code handle}, or null. */
    AddSaRequest request(long handle) {
        return requests.get(handle);
    }

    /** Returns every live bundle's request by handle. */
    Map<Long, AddSaRequest> requests() {
        return requests;
    }

    @Override
    public void reset() {
        requests.clear();
        super.reset();
    }
}
