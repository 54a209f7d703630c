package io.sakit.reports.junit;

/**
 * Escaping for XML 1.0 text and attribute values: markup characters become entity references, line ends
 * in attributes become character references (so they survive attribute normalisation), and characters XML
 * 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF) become U+FFFD.
 */
final class Xml {

    private Xml() {
    }

    /** Returns {@code text} escaped for element content. */
    static String text(String text) {
        return escape(text, false);
    }

    /** Returns {@code text} escaped for a double-quoted attribute value. */
    static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            out.append(escape(c, attribute));
        }
        return out.toString();
    }

    private static String escape(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : "\"";
            case '\n' -> attribute ? "&#10;" : "\n";
            case '\r' -> "&#13;";
            case '\t' -> attribute ? "&#9;" : "\t";
            default -> allowed(c) ? String.valueOf(c) : "\uFFFD";
        };
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
