package io.sakit.testkit.vectors;

import io.sakit.spec.vector.BugType;
import java.util.List;
import java.util.Locale;

/** A flag a generated test can carry, with the note that defines it in its file. */
interface Flag {

    /** Returns the enum constant name, for example {@code BAD_FLAGS}. */
    String name();

    /** Returns the kind of fault or property the flag marks. */
    BugType bugType();

    /** Returns what the flag means. */
    String description();

    /** Returns the requirement ids a test with this flag checks. */
    List<String> requirements();

    /** Returns the flag's name in vector files: the constant name in UpperCamelCase ({@code BadFlags}). */
    default String flagName() {
        StringBuilder camel = new StringBuilder();
        for (String word : name().split("_")) {
            camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return camel.toString();
    }
}
