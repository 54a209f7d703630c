package io.sakit.testkit.vectors;

import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree of maps (in their iteration order), lists, strings, integers and booleans as text:
 * 2-space indentation, short arrays of scalars on one line, a trailing newline. The same tree always gives
 * the same text.
 */
final class JsonWriter {

    private static final int INLINE_LIMIT = 100;

    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** Returns the text of {@code value}. */
    static String write(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass().getSimpleName()) + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            indent(depth + 1);
            string((String) entry.getKey());
            out.append(": ");
            value(entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
            int start = out.length();
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(list.get(i), depth);
            }
            out.append(']');
            if (out.length() - start <= INLINE_LIMIT) {
                return;
            }
            out.setLength(start);
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1);
            value(list.get(i), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void string(String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }
}
