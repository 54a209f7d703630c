package io.sakit.spec.codec;

import io.sakit.spec.ndis.NdisStatus;
import java.util.Objects;

/**
 * Why a request is refused: the NDIS status the specification assigns, the requirement that decides it,
 * a one-line reason, and BytesNeeded (non-zero only for {@code NDIS_STATUS_INVALID_LENGTH}).
 */
public record Rejection(NdisStatus status, String requirementId, String reason, long bytesNeeded) {

    /** Requires a failure status, a requirement id and a reason. */
    public Rejection {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(reason, "reason");
        if (status == NdisStatus.SUCCESS) {
            throw new IllegalArgumentException("a rejection cannot carry NDIS_STATUS_SUCCESS");
        }
    }

    /** Returns a rejection without BytesNeeded. */
    public static Rejection of(NdisStatus status, String requirementId, String reason) {
        return new Rejection(status, requirementId, reason, 0);
    }

    @Override
    public String toString() {
        return "NDIS_STATUS_" + status + " (" + requirementId + "): " + reason + (bytesNeeded == 0 ? "" : ", BytesNeeded " + bytesNeeded);
    }
}
