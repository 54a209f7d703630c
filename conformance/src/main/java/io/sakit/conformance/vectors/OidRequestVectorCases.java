package io.sakit.conformance.vectors;

import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.vector.OidRequestFile;
import io.sakit.spec.vector.OidRequestGroup;
import io.sakit.spec.vector.OidRequestTest;
import io.sakit.spec.vector.VectorLoader;
import java.util.ArrayList;
import java.util.List;

/** The cases of one packaged oid_request vector file, one per test, in file order. */
public final class OidRequestVectorCases implements CaseSource {

    private final String file;
    private final Family family;

    /** Creates the cases of {@code file}, filed under {@code family}. */
    public OidRequestVectorCases(String file, Family family) {
        this.file = file;
        this.family = family;
    }

    @Override
    public List<ConformanceCase> cases() {
        OidRequestFile vectors = VectorLoader.oidRequests(file);
        List<ConformanceCase> cases = new ArrayList<>();
        for (OidRequestGroup group : vectors.groups()) {
            for (OidRequestTest test : group.tests()) {
                cases.add(new OidRequestVectorCase(file, family, group, test, vectors.requirementsOf(test)));
            }
        }
        return cases;
    }
}
