package io.sakit.conformance.cases;

import io.sakit.conformance.cases.add.GeneratedAddCases;
import io.sakit.conformance.cases.add.StateAddCases;
import io.sakit.conformance.cases.cap.CapabilityCases;
import io.sakit.conformance.cases.cap.CapacityCases;
import io.sakit.conformance.cases.del.DeleteCases;
import io.sakit.conformance.cases.flt.FilterVectorCases;
import io.sakit.conformance.cases.flt.GeneratedFilterCases;
import io.sakit.conformance.cases.rob.BufferRobustnessCases;
import io.sakit.conformance.cases.rob.PacketRobustnessCases;
import io.sakit.conformance.cases.seq.SequenceCases;
import io.sakit.conformance.cases.udp.ParserEntryCases;
import io.sakit.conformance.cases.rx.ReceiveCases;
import io.sakit.conformance.cases.tx.TransmitCases;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.vectors.OidRequestVectorCases;
import io.sakit.spec.requirement.Family;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every case of the suite, family by family, in a stable order; ids are checked unique. */
public final class AllCases {

    private AllCases() {
    }

    /** Returns the sources of every family, in family order. */
    public static List<CaseSource> sources() {
        return List.of(new OidRequestVectorCases("add_sa.json", Family.ADD), new GeneratedAddCases(), new StateAddCases(),
                new OidRequestVectorCases("delete_sa.json", Family.DEL), new DeleteCases(), new CapabilityCases(), new CapacityCases(),
                new FilterVectorCases(), new GeneratedFilterCases(), new ReceiveCases(), new TransmitCases(),
                new OidRequestVectorCases("udpesp_sa.json", Family.UDP), new ParserEntryCases(), new BufferRobustnessCases(),
                new PacketRobustnessCases(), new SequenceCases());
    }

    /**
     * Returns every case.
     *
     * @throws IllegalStateException when two cases share an id
     */
    public static List<ConformanceCase> cases() {
        List<ConformanceCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CaseSource source : sources()) {
            for (ConformanceCase c : source.cases()) {
                if (!ids.add(c.id())) {
                    throw new IllegalStateException("two cases share the id " + c.id());
                }
                cases.add(c);
            }
        }
        return cases;
    }
}
