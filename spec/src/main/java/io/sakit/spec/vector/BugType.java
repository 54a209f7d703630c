package io.sakit.spec.vector;

/** The kind of fault or property a flag marks, as the {@code bugType} of a note (Wycheproof's vocabulary, adapted). */
public enum BugType {
    /** A plain, correct input every conforming implementation handles. */
    BASIC,
    /** A correct input at a boundary of a rule. */
    EDGE_CASE,
    /** One field set to a value the specification refuses. */
    MODIFIED_PARAMETER,
    /** A buffer shorter than the structure or the data it announces. */
    TRUNCATED,
    /** An outcome that depends on what earlier requests left in the adapter. */
    STATE,
    /** Key values that are weak or degenerate. */
    WEAK_PARAMS,
    /** An outcome that depends on an interpretation profile point. */
    PROFILE_DEPENDENT,
    /** Several faults in one request. */
    MULTIPLE_FAULTS,
    /** A value whose byte order an implementation may get wrong. */
    BYTE_ORDER,
    /** A published or independently computed known answer. */
    KNOWN_ANSWER
}
