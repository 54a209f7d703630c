package io.sakit.conformance.adapter.exec;

import io.sakit.spec.spi.AdapterConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the command line of an {@code exec:} adapter into the program and its arguments, as a POSIX shell
 * splits simple words and quotes, and quotes words back for a command a shell reads.
 *
 * <p>The rule (STDIO-PROTOCOL.md section 3.1): spaces and tabs separate words; {@code '…'} keeps every
 * character up to the next {@code '} literally; {@code "…"} keeps every character up to the next unescaped
 * {@code "}, where {@code \"} and {@code \\} stand for {@code "} and {@code \}; outside quotes {@code \}
 * keeps the next character literally; quoted and unquoted parts next to each other form one word. Nothing
 * else is special: no variables, globs, pipes, redirections or {@code ~}.
 */
public final class CommandWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CommandWords() {
    }

    /**
     * Returns the words of {@code commandLine}.
     *
     * @throws AdapterConfigurationException for an unterminated quote, a trailing backslash or no word at all
     */
    public static List<String> split(String commandLine) {
        Splitter splitter = new Splitter(commandLine);
        List<String> words = splitter.words();
        if (words.isEmpty()) {
            throw new AdapterConfigurationException("exec: needs a command line, e.g. exec:/usr/bin/python3 adapter.py");
        }
        return words;
    }

    /** Returns {@code word} as a shell reads it back as one word: unchanged when it has no special character, else in single quotes. */
    public static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Returns {@code words} as one command line that {@link #split} reads back to the same words. */
    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(CommandWords::quote).toList());
    }

    /** Scans one command line; one instance per call. */
    private static final class Splitter {

        private final String text;
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;
        private int at;

        Splitter(String text) {
            this.text = text;
        }

        List<String> words() {
            while (at < text.length()) {
                char c = text.charAt(at++);
                switch (c) {
                    case ' ', '\t' -> endWord();
                    case '\'' -> single();
                    case '"' -> dbl();
                    case '\\' -> word(escaped("a backslash at the end"));
                    default -> word(c);
                }
            }
            endWord();
            return words;
        }

        private void single() {
            int close = text.indexOf('\'', at);
            if (close < 0) {
                throw unterminated("'");
            }
            inWord = true;
            word.append(text, at, close);
            at = close + 1;
        }

        private void dbl() {
            inWord = true;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return;
                }
                boolean escape = c == '\\' && at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\\');
                word.append(escape ? text.charAt(at++) : c);
            }
            throw unterminated("\"");
        }

        private char escaped(String what) {
            if (at >= text.length()) {
                throw new AdapterConfigurationException("the exec: command line ends with " + what + ": " + text);
            }
            return text.charAt(at++);
        }

        private void word(char c) {
            inWord = true;
            word.append(c);
        }

        private void endWord() {
            if (inWord) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
        }

        private AdapterConfigurationException unterminated(String quote) {
            return new AdapterConfigurationException("the exec: command line has an unterminated " + quote + " quote: " + text);
        }
    }
}
