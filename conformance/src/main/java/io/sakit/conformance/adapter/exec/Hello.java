package io.sakit.conformance.adapter.exec;

import io.sakit.spec.capability.AdapterCapabilities;
import java.util.Objects;
import java.util.regex.Pattern;

/** What an implementation said in the handshake: its name and version and what it advertises. */
public record Hello(String name, String version, AdapterCapabilities capabilities) {

    private static final int MAX_LENGTH = 200;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Requires every part; name and version are each one non-empty line of at most 200 characters. */
    public Hello {
        Objects.requireNonNull(capabilities, "capabilities");
        if (!oneLine(name) || !oneLine(version)) {
            throw new MessageException("implementation name and version must each be one non-empty line of at most " + MAX_LENGTH + " characters");
        }
    }

    private static boolean oneLine(String text) {
        return !text.isBlank() && text.length() <= MAX_LENGTH && !LINE_BREAK.matcher(text).find();
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
