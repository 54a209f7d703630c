package io.sakit.spec.requirement;

/** The RFC 2119 level of a requirement. */
public enum Level {
    MUST, SHOULD, MAY
}
