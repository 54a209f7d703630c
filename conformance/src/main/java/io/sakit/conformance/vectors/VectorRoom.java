package io.sakit.conformance.vectors;

import io.sakit.conformance.adapter.ReferenceOracle;
import io.sakit.conformance.check.Completion;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.vector.OidRequestTest;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The room an oid_request vector needs: the most SAs and parser entries live at once while its setup steps
 * and its request run. Vectors never test capacity, so an adapter with less room than this is not asked to
 * run them.
 */
record VectorRoom(int sas, int parserEntries) {

    /**
     * Returns the room {@code test} needs on an adapter with {@code capabilities}, measured by replaying it on
     * the reference given enough room; when the advertised room holds any outcome of the steps, that is returned.
     */
    static VectorRoom of(OidRequestTest test, AdapterCapabilities capabilities) {
        int steps = test.setup().size() + 1;
        if (capabilities.saCapacity() >= 2 * steps && capabilities.parserEntryCapacity() >= steps) {
            return new VectorRoom(0, 0);
        }
        AdapterCapabilities roomy = new AdapterCapabilities(capabilities.offload(), Math.max(capabilities.saCapacity(), 2 * steps),
                Math.max(capabilities.parserEntryCapacity(), steps), capabilities.profile(), capabilities.classifier());
        try (OffloadAdapter reference = ReferenceOracle.factory(roomy).get()) {
            return replay(test, reference, capabilities.profile().abi());
        }
    }

    private static VectorRoom replay(OidRequestTest test, OffloadAdapter reference, Abi abi) {
        List<Completion> done = new ArrayList<>();
        int sas = 0;
        int entries = 0;
        List<RequestStep> steps = new ArrayList<>(test.setup());
        steps.add(test.request());
        for (RequestStep step : steps) {
            byte[] buffer = step.bufferWith((index, field) -> OidRequestVectorCase.handle(done.get(index), field), abi);
            done.add(Completion.send(reference, step.oid(), buffer, abi));
            int[] live = ReferenceOracle.liveRoom(reference);
            sas = Math.max(sas, live[0]);
            entries = Math.max(entries, live[1]);
        }
        return new VectorRoom(sas, entries);
    }
}
