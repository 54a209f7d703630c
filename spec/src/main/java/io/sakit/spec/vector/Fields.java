package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.spec.model.Ipv4;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Typed reads of the fields of a JSON node that has passed its schema, each failing with a
 * {@link VectorFileException} at the given locus. Hex and address errors never quote the value.
 */
final class Fields {

    private static final HexFormat HEX = HexFormat.of();

    private Fields() {
    }

    /** Returns the text of a required field. */
    static String text(JsonNode node, String field, Locus at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw at.fail("field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** Returns the value of a required integer field. */
    static long integer(JsonNode node, String field, Locus at) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw at.fail("field '" + field + "' must be an integer");
        }
        return value.asLong();
    }

    /** Returns the value of an optional integer field. */
    static OptionalLong optionalInteger(JsonNode node, String field, Locus at) {
        return node.has(field) ? OptionalLong.of(integer(node, field, at)) : OptionalLong.empty();
    }

    /** Returns the bytes of a required lower-case hex field. */
    static byte[] hex(JsonNode node, String field, Locus at) {
        String text = text(node, field, at);
        if (text.length() % 2 != 0 || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw at.fail("field '" + field + "' is not lower-case hex with two digits per byte");
        }
        return HEX.parseHex(text);
    }

    /** Returns the network-order value of a required dotted-quad field. */
    static int address(JsonNode node, String field, Locus at) {
        try {
            return Ipv4.parse(text(node, field, at));
        } catch (IllegalArgumentException e) {
            throw at.fail("field '" + field + "' is not a dotted-quad IPv4 address");
        }
    }

    /** Returns the strings of a required array field. */
    static List<String> strings(JsonNode node, String field, Locus at) {
        return list(node, field, at, item -> {
            if (!item.isTextual()) {
                throw at.fail("field '" + field + "' must hold strings");
            }
            return item.asText();
        });
    }

    /** Returns the elements of a required array field, each converted by {@code convert}. */
    static <T> List<T> list(JsonNode node, String field, Locus at, Function<JsonNode, T> convert) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw at.fail("field '" + field + "' must be an array");
        }
        List<T> items = new ArrayList<>(array.size());
        array.forEach(item -> items.add(convert.apply(item)));
        return items;
    }

    /** Returns the enum constant whose token {@code token} gives the field's text. */
    static <E extends Enum<E>> E token(JsonNode node, String field, Class<E> type, Function<E, String> token, Locus at) {
        String text = text(node, field, at);
        for (E constant : type.getEnumConstants()) {
            if (token.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw at.fail("field '" + field + "' has the unknown value '" + text + "'");
    }
}
