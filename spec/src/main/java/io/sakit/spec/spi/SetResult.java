package io.sakit.spec.spi;

import java.util.Objects;

/**
 * The completion of an OID set request: the raw NDIS status, BytesRead, BytesNeeded (unsigned 32-bit
 * values) and the information buffer as the implementation left it.
 */
public record SetResult(int status, long bytesRead, long bytesNeeded, byte[] buffer) {

    /** Requires the written-back buffer. */
    public SetResult {
        Objects.requireNonNull(buffer, "buffer");
    }
}
