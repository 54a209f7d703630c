package io.sakit.reports.markdown;

/**
 * Escaping for GitHub-flavoured Markdown inside a line (never at its start): text that must stay text (no
 * links, emphasis, strike-through, HTML or table breaks), code spans whose fence outgrows the backticks
 * inside, and one-line shortening.
 */
final class Md {

    private static final String SPECIAL = "\\`*_[]|~";

    private Md() {
    }

    /** Returns {@code text} on one line with Markdown and HTML characters escaped. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Returns {@code text} on one line as a code span, fenced with more backticks than it contains in a row. */
    static String code(String text) {
        String line = oneLine(text);
        String fence = "`".repeat(longestBacktickRun(line) + 1);
        String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return fence + pad + line + pad + fence;
    }

    /** Returns {@code text} with line breaks and controls as spaces, cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        String line = oneLine(text);
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
