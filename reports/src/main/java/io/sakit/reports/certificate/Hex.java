package io.sakit.reports.certificate;

import java.util.regex.Pattern;

/** Checks of the lower-case hexadecimal text a certificate holds for digests, keys and signatures. */
final class Hex {

    private static final Pattern LOWER = Pattern.compile("[0-9a-f]*");

    private Hex() {
    }

    /** Returns {@code text} when it is {@code bytes} bytes in lower-case hexadecimal; throws IllegalArgumentException naming {@code what} otherwise. */
    static String require(String text, int bytes, String what) {
        if (text == null || text.length() != 2 * bytes || !LOWER.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " must be " + bytes + " bytes in lower-case hexadecimal");
        }
        return text;
    }
}
