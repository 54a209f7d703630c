package io.sakit.reports.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical serialisation of JSON that certificates are signed over: the JSON Canonicalization Scheme
 * (RFC 8785) for documents whose numbers are all integers.
 *
 * <ul>
 * <li>no whitespace between tokens;</li>
 * <li>object members sorted by name, comparing names as sequences of UTF-16 code units;</li>
 * <li>strings in double quotes with exactly these escapes: {@code \"}, {@code \\}, {@code \b}, {@code \f},
 * {@code \n}, {@code \r}, {@code \t}, and <code>&#92;u00xx</code> (lower-case hexadecimal) for the other characters
 * below U+0020; every other character as itself;</li>
 * <li>integers in plain decimal, with a minus sign when negative and no leading zeros; {@code true},
 * {@code false}, {@code null} as themselves;</li>
 * <li>the result encoded as UTF-8.</li>
 * </ul>
 *
 * <p>Numbers with a fraction or an exponent are refused, as no certificate holds one.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /**
     * Returns the canonical UTF-8 bytes of {@code node}.
     *
     * @throws IllegalArgumentException when the document holds a number that is not an integer
     */
    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            object(node, out);
        } else if (node.isArray()) {
            array(node, out);
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("the canonical form holds integers only, not " + node);
        }
    }

    private static void object(JsonNode node, StringBuilder out) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ",");
            string(names.get(i), out);
            out.append(':');
            write(node.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void array(JsonNode node, StringBuilder out) {
        out.append('[');
        Iterator<JsonNode> elements = node.elements();
        for (boolean first = true; elements.hasNext(); first = false) {
            out.append(first ? "" : ",");
            write(elements.next(), out);
        }
        out.append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}
