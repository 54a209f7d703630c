package io.sakit.reports.certificate;

/**
 * The outcome of verifying a certificate, each with the exit status a {@code verify} command should end
 * with: 0 only for VALID, a distinct non-zero status for each way it is not, leaving 1 for "the command
 * failed" (the certificate could not be read at all) and 2 for a usage error.
 */
public enum VerificationStatus {
    /** The signature is good, the report is present with the certified digest, and the key is trusted. */
    VALID(0),
    /** The signature and report are good but the public key is not among the trusted keys. */
    UNTRUSTED_KEY(3),
    /** The signature is good but the report it certifies is not beside the certificate. */
    MISSING_REPORT(4),
    /** A byte of the certificate or of the report changed since it was signed. */
    TAMPERED(5);

    private final int exitCode;

    VerificationStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** Returns the exit status a command line should end with for this outcome. */
    public int exitCode() {
        return exitCode;
    }
}
