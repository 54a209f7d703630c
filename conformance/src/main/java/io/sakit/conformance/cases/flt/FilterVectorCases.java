package io.sakit.conformance.cases.flt;

import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.vector.FilterMatchFile;
import io.sakit.spec.vector.FilterMatchTest;
import io.sakit.spec.vector.VectorLoader;
import java.util.ArrayList;
import java.util.List;

/** The cases of filter_match.json: one per test, judged through the classifier or the receive path. */
public final class FilterVectorCases implements CaseSource {

    private static final String FILE = "filter_match.json";

    @Override
    public List<ConformanceCase> cases() {
        FilterMatchFile vectors = VectorLoader.filterMatch();
        List<ConformanceCase> cases = new ArrayList<>();
        for (FilterMatchTest test : vectors.tests()) {
            List<String> requirements = vectors.requirementsOf(test);
            String title = test.comment() + " [" + FILE + "#" + test.tcId() + "]";
            cases.add(new SimpleCase("FLT.vector.filter_match-" + test.tcId(), Family.FLT, title, requirements, context -> {
                context.vector(FILE + "#" + test.tcId());
                FilterProbe.expect(context, test.filter(), test.tunnel(), test.packet(), test.match(), requirements.get(0));
            }));
        }
        return cases;
    }
}
