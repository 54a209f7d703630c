package io.sakit.spec.vector;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Tunnel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One filter matching test: a valid filter, the SA's tunnel endpoints when it is a tunnel SA, the header
 * tuple the filter is applied to (for a tunnel SA, the inner header), and whether it matches.
 */
public record FilterMatchTest(int tcId, String comment, List<String> flags, Filter filter, Optional<Tunnel> tunnel, FlowKey packet,
        boolean match) implements VectorTest {

    /** Requires every field; a present tunnel has two non-zero endpoints. */
    public FilterMatchTest {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(tunnel, "tunnel");
        Objects.requireNonNull(packet, "packet");
        flags = List.copyOf(flags);
        if (tunnel.isPresent() && !tunnel.get().isTunnel()) {
            throw new IllegalArgumentException("a tunnel needs two non-zero endpoints");
        }
    }
}
