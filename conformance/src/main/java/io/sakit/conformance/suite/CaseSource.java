package io.sakit.conformance.suite;

import java.util.List;

/** A group of cases of one kind, for example the cases of one vector file or the properties of one family. */
public interface CaseSource {

    /** Returns the cases, in a stable order. */
    List<ConformanceCase> cases();
}
