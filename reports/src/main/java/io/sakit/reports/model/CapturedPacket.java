package io.sakit.reports.model;

import java.util.Objects;

/**
 * A packet a data-path case exchanged with the adapter, kept with failing results so an engineer can open
 * the failure in Wireshark: what it was (for example {@code receive input}) and its bytes in hexadecimal,
 * starting at the IPv4 header.
 */
public record CapturedPacket(String label, String hex) {

    /** Requires both parts. */
    public CapturedPacket {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hex, "hex");
    }
}
