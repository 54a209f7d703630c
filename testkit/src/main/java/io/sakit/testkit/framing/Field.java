package io.sakit.testkit.framing;

import java.util.Objects;

/** A field the adapter may write on transmit (SPEC.md 9.5, TX-FRM-001): its kind, its layer (0 = outermost) and where it is. */
public record Field(FieldKind kind, int layer, Span span) {

    /** Requires a kind, a layer index and a span. */
    public Field {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (layer < 0) {
            throw new IllegalArgumentException("layer index " + layer + " is negative");
        }
    }

    @Override
    public String toString() {
        return kind + "@layer" + layer + span;
    }
}
