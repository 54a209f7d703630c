package io.sakit.spec.requirement;

import java.util.Locale;

/** The families requirements and tests are grouped in; each has a catalog file {@code requirements/<family>.json}. */
public enum Family {
    ADD("ADD_SA requests"),
    DEL("DELETE_SA requests"),
    CAP("capabilities and capacity"),
    FLT("filters"),
    RX("receive"),
    TX("transmit"),
    UDP("UDP-ESP"),
    ROB("robustness"),
    SEQ("sequences");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    /** Returns a short human title. */
    public String title() {
        return title;
    }

    /** Returns the catalog file name of this family. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".json";
    }

    /** Returns the family a requirement id belongs to, from its prefix. */
    public static Family ofRequirement(String requirementId) {
        int dash = requirementId.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("requirement id '" + requirementId + "' has no family prefix");
        }
        return valueOf(requirementId.substring(0, dash));
    }
}
