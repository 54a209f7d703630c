package io.sakit.conformance.suite;

import io.sakit.spec.requirement.Family;
import java.util.List;

/**
 * One conformance case: a stable id, its family, a title, the requirements it checks, and a body.
 *
 * <p>The body passes by returning; fails by throwing {@link ConformanceFailure}; is not applicable by
 * throwing {@link NotApplicable}; marks an allowed alternative with {@link CaseContext#acceptable}. Any
 * exception the adapter throws, and any breach of the adapter contract, ends the case in ERROR.
 */
public interface ConformanceCase {

    /** Returns the id, stable across runs and kit versions, for example {@code ADD.vector.add_sa-17}. */
    String id();

    /** Returns the family the case belongs to. */
    Family family();

    /** Returns a one-line title saying what is checked. */
    String title();

    /** Returns the ids of the requirements the case checks. */
    List<String> requirements();

    /** Runs the case against the adapter in {@code context}. */
    void run(CaseContext context);
}
