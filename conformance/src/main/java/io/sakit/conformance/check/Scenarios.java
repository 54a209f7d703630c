package io.sakit.conformance.check;

import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Filter;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.generate.FlowGenerators;
import io.sakit.testkit.generate.Scenario;

/** Scenario changes the cases share. */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Returns scenarios whose datagram does not match the filter of the offload bundle: a filter that matches
     * everything is replaced by a host filter on another destination.
     */
    public static Gen<Scenario> outsideFilter(Gen<Scenario> scenarios) {
        return scenarios.flatMap(s -> {
            Filter filter = s.bundles().offload().request().filter();
            if (restrictsNothing(filter)) {
                int elsewhere = s.plain().header().destination() ^ 0x01;
                return Gens.constant(withOffloadFilter(s, new Filter(0, 0, elsewhere, -1, 0, 0, 0)));
            }
            return FlowGenerators.packetsNotMatching(filter).map(plain -> new Scenario(plain, s.bundles(), s.options(), s.ivSeed()));
        });
    }

    private static boolean restrictsNothing(Filter f) {
        return f.sourceAddress() == 0 && f.destinationAddress() == 0 && f.protocol() == 0 && f.sourcePort() == 0 && f.destinationPort() == 0;
    }

    private static Scenario withOffloadFilter(Scenario s, Filter filter) {
        Bundle offload = s.bundles().offload();
        AddSaRequest r = offload.request();
        Bundle narrowed = new Bundle(new AddSaRequest(filter, r.tunnel(), r.direction(), r.securityAssociations()), offload.encapsulationPort());
        Bundles bundles = s.bundles().next().map(next -> Bundles.transportOverTunnel(narrowed, next)).orElse(Bundles.of(narrowed));
        return new Scenario(s.plain(), bundles, s.options(), s.ivSeed());
    }
}
