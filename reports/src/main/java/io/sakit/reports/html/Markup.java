package io.sakit.reports.html;

/**
 * A small HTML builder: every text and attribute value goes through {@link #escape}, so content from the
 * results can never become markup. Attributes are given as name/value pairs; a {@code null} value leaves
 * the attribute out and an empty value writes it bare ({@code hidden}).
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Returns {@code text} with {@code & < > " '} as character references and C0 controls other than tab and line ends as U+FFFD. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    /** Opens {@code tag} with attributes given as name/value pairs. */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]);
            if (!attributes[i + 1].isEmpty()) {
                out.append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes {@code tag} holding escaped {@code text}. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes escaped text. */
    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes markup made by this package, never text from the results. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Ends a line of the source, for a readable file. */
    Markup line() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
