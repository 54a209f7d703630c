package io.sakit.reports.html;

import java.util.regex.Pattern;

/** Turns requirement and case ids into element ids and link targets that stay unique and need no escaping. */
final class Anchors {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    private Anchors() {
    }

    /** Returns the element id of the requirement {@code id}. */
    static String requirement(String id) {
        return "req-" + safe(id);
    }

    /** Returns the element id of the case {@code id}. */
    static String testCase(String id) {
        return "case-" + safe(id);
    }

    private static String safe(String id) {
        if (SAFE.matcher(id).matches()) {
            return id;
        }
        return id.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + Integer.toHexString(id.hashCode());
    }
}
