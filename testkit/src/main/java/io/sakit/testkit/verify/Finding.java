package io.sakit.testkit.verify;

import io.sakit.testkit.framing.Span;
import java.util.List;
import java.util.Objects;

/**
 * One rule a transmit broke: the requirement id of SPEC.md 10 (TX-…), the layer (0 = outermost, -1 for the whole
 * packet), what is wrong, and where in the packet (byte ranges).
 */
public record Finding(String requirement, int layer, String problem, List<Span> where) {

    /** Requires the texts and the ranges. */
    public Finding {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(problem, "problem");
        where = List.copyOf(where);
        if (layer < -1) {
            throw new IllegalArgumentException("layer " + layer + "; -1 means the whole packet");
        }
    }

    /** Returns one line: requirement, layer, problem and the first ranges. */
    public String describe() {
        String scope = layer < 0 ? "packet" : "layer " + layer;
        String ranges = where.isEmpty() ? "" : " at " + (where.size() > 8 ? where.subList(0, 8) + " and " + (where.size() - 8) + " more" : where);
        return requirement + " (" + scope + "): " + problem + ranges;
    }

    @Override
    public String toString() {
        return describe();
    }
}
