package io.sakit.testkit.vectors;

import io.sakit.spec.ndis.NdisStatus;
import java.util.Locale;

/** Shorthands the case factories share for the common expectations. */
final class Cases {

    private Cases() {
    }

    /** A request the adapter accepts, reading offsetof(KeyMat) + KeyLen bytes. */
    static OidCase valid(String comment, RequestBytes request, OidFlag... flags) {
        return OidCase.of(comment, request.step(), Expectation.success(request.need()), flags);
    }

    /** A request refused with INVALID_DATA because of its bytes. */
    static OidCase invalid(String comment, RequestBytes request, OidFlag... flags) {
        return OidCase.of(comment, request.step(), Expectation.invalidData(), flags);
    }

    /** A request refused with INVALID_LENGTH, {@code needed} bytes in all. */
    static OidCase tooShort(String comment, RequestBytes request, int needed, OidFlag... flags) {
        return OidCase.of(comment, request.step(), Expectation.invalidLength(needed), flags);
    }

    /** A request with a weak DES key: accepted, or refused with INVALID_DATA. */
    static OidCase weak(String comment, RequestBytes request, OidFlag... flags) {
        return OidCase.of(comment, request.step(), Expectation.weakKey(request.need()), flags);
    }

    /** A request whose faults fall in two steps: INVALID_LENGTH first, INVALID_DATA also acceptable. */
    static OidCase tooShortAndInvalid(String comment, RequestBytes request, int needed, OidFlag... flags) {
        return OidCase.of(comment, request.step(), Expectation.invalidLength(needed).orAlso(NdisStatus.INVALID_DATA), flags);
    }

    /** Returns {@code value} as a hexadecimal literal for comments. */
    static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
    }
}
