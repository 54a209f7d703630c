package io.sakit.testkit.framing;

/** The kinds of bytes an adapter writes on transmit (SPEC.md 9.5, TX-FRM-001). */
public enum FieldKind {
    /** The ESP IV field. */
    IV,
    /** The ESP encrypted region R: payload, padding, Pad Length and Next Header. */
    ENCRYPTED,
    /** The ESP ICV field. */
    ESP_ICV,
    /** The AH ICV field. */
    AH_ICV
}
