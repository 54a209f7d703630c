package io.sakit.conformance.faults;

import java.util.Locale;

/** What a {@link FaultyAdapter} does wrong once its fault begins. */
enum Fault {
    /** Throws an unchecked exception from every data and OID call. */
    THROWS,
    /** Returns null from every data and OID call. */
    NULL,
    /** Answers every OID request with a result that breaks the SPI's contract: an unknown status and a buffer of the wrong size. */
    GARBAGE,
    /** Blocks the first faulty call for a minute, ignoring interrupts, then behaves. */
    HANGS_ONCE,
    /** Throws from {@code capabilities()}, which the runner calls before the first case. */
    CAPABILITIES_THROW;

    /** Parses an option value such as {@code hangs-once}. */
    static Fault parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
