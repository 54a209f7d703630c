package io.sakit.reports.certificate;

/** The report a certificate certifies: its file name, beside the certificate, and the SHA-256 of its bytes. */
public record ReportReference(String file, String sha256) {

    /** Requires a plain file name (no directory part) and a lower-case hexadecimal SHA-256. */
    public ReportReference {
        if (file == null || file.isEmpty() || file.contains("/") || file.contains("\\") || file.equals(".") || file.equals("..")) {
            throw new IllegalArgumentException("report file '" + file + "' must be a plain file name beside the certificate");
        }
        Hex.require(sha256, 32, "report sha256");
    }
}
