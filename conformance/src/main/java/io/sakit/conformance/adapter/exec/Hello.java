package io.sakit.conformance.adapter.exec;

import io.sakit.spec.capability.AdapterCapabilities;
import java.util.Objects;

/** What an implementation said in the handshake: its name and version and what it advertises. */
public record Hello(String name, String version, AdapterCapabilities capabilities) {

    private static final int MAX_LENGTH = 200;

    /** Requires every part; name and version are each one non-empty line of at most 200 characters. */
    public Hello {
        Objects.requireNonNull(capabilities, "capabilities");
        if (!oneLine(name) || !oneLine(version)) {
            throw new MessageException("implementation name and version must each be one non-empty line of at most " + MAX_LENGTH + " characters");
        }
    }

    private static boolean oneLine(String text) {
        return !text.isBlank() && text.length() <= MAX_LENGTH && text.lines().count() == 1;
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
