package io.sakit.spec.vector;

import io.sakit.spec.ndis.NdisStatus;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One OID request test: setup steps that must each succeed, the request under test, and the expected
 * completion (status, other acceptable statuses, BytesRead on success, total BytesNeeded on INVALID_LENGTH).
 */
public record OidRequestTest(int tcId, String comment, List<String> flags, List<RequestStep> setup, RequestStep request, Result result,
        NdisStatus status, List<NdisStatus> alsoAcceptable, OptionalLong bytesRead, OptionalLong bytesNeeded, List<String> extraRequirements)
        implements VectorTest {

    /** Requires every field; BytesRead exactly when the status is SUCCESS, BytesNeeded exactly when it is INVALID_LENGTH. */
    public OidRequestTest {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(status, "status");
        flags = List.copyOf(flags);
        setup = List.copyOf(setup);
        alsoAcceptable = List.copyOf(alsoAcceptable);
        extraRequirements = List.copyOf(extraRequirements);
        if (bytesRead.isPresent() != (status == NdisStatus.SUCCESS)) {
            throw new IllegalArgumentException("bytesRead must be given exactly when the status is SUCCESS");
        }
        if (bytesNeeded.isPresent() != (status == NdisStatus.INVALID_LENGTH)) {
            throw new IllegalArgumentException("bytesNeeded must be given exactly when the status is INVALID_LENGTH");
        }
    }

    /** Returns whether a conforming adapter may complete the request with {@code actual}. */
    public boolean accepts(NdisStatus actual) {
        return status == actual || alsoAcceptable.contains(actual);
    }
}
