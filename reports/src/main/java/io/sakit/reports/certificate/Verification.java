package io.sakit.reports.certificate;

import java.util.Objects;

/** The outcome of verifying one certificate and one line that says what was found (which file changed, which key signed). */
public record Verification(VerificationStatus status, String detail) {

    /** Requires both parts. */
    public Verification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return status + ": " + detail;
    }
}
