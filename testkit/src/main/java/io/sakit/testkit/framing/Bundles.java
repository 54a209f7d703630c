package io.sakit.testkit.framing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundles a transmit names: the OffloadHandle bundle and, for transport over tunnel, the NextOffloadHandle
 * bundle (SPEC.md 10.1). The transport bundle is applied first, the tunnel bundle last (10.4).
 */
public record Bundles(Bundle offload, Optional<Bundle> next) {

    /** Requires the OffloadHandle bundle. */
    public Bundles {
        Objects.requireNonNull(offload, "offload");
        Objects.requireNonNull(next, "next");
    }

    /** Returns a transmit with one handle. */
    public static Bundles of(Bundle bundle) {
        return new Bundles(bundle, Optional.empty());
    }

    /** Returns a transmit with two handles: the transport bundle inside the tunnel bundle. */
    public static Bundles transportOverTunnel(Bundle transport, Bundle tunnel) {
        return new Bundles(transport, Optional.of(tunnel));
    }

    /** Returns the bundles from the outermost layer inwards: the order of {@link PacketLayout#layers()}. */
    public List<Bundle> outermostFirst() {
        return next.map(tunnel -> List.of(tunnel, offload)).orElse(List.of(offload));
    }
}
