package io.sakit.reports.pcap;

import io.sakit.reports.model.Outcome;
import java.util.Objects;

/**
 * One packet of a failing case as it goes into {@code failures.pcap}: its 1-based frame number (the number
 * Wireshark shows), the case and outcome it belongs to, its label and its bytes from the IPv4 header on.
 */
public record Frame(int number, String caseId, Outcome outcome, String label, byte[] bytes) {

    /** Requires a positive number and every part. */
    public Frame {
        if (number < 1) {
            throw new IllegalArgumentException("frame number " + number + " must be 1 or more");
        }
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(label, "label");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame f && f.number == number && f.caseId.equals(caseId) && f.outcome == outcome && f.label.equals(label)
                && java.util.Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, caseId, outcome, label, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Frame[" + number + ", " + caseId + ", " + outcome + ", " + label + ", " + bytes.length + " bytes]";
    }
}
