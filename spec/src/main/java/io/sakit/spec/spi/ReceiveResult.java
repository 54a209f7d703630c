package io.sakit.spec.spi;

import io.sakit.spec.model.ReceiveInfo;
import java.util.Objects;

/** A received packet as the implementation indicates it, with its per-packet IPsec information. */
public record ReceiveResult(byte[] packet, ReceiveInfo info) {

    /** Requires both parts. */
    public ReceiveResult {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(info, "info");
    }
}
