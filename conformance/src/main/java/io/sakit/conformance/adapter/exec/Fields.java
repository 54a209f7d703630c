package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one protocol message strictly, as STDIO-PROTOCOL.md section 4 defines their encodings:
 * bytes as lower-case hex, handles as unsigned decimal strings, 32-bit values as JSON integers. Every
 * violation is a {@link MessageException} naming the field; no message ever quotes a field's bytes.
 */
public final class Fields {

    /** The largest unsigned 32-bit value. */
    public static final long UINT32_MAX = 0xFFFF_FFFFL;

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HANDLE = Pattern.compile("0|[1-9][0-9]{0,19}");
    private static final Pattern DOTTED = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private Fields() {
    }

    /** Returns {@code bytes} as lower-case hex. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Returns a handle as its unsigned decimal string. */
    public static String handle(long handle) {
        return Long.toUnsignedString(handle);
    }

    /** Returns an IPv4 address (big-endian 32-bit value) in dotted decimal. */
    public static String address(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /** Fails unless {@code message} is a JSON object whose field names are all among {@code allowed}. */
    public static void only(JsonNode message, Set<String> allowed) {
        if (!message.isObject()) {
            throw new MessageException("the message is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : message.properties()) {
            String name = field.getKey();
            if (!allowed.contains(name)) {
                throw new MessageException("unknown field '" + printable(name) + "'");
            }
        }
    }

    /** Returns the bytes of a lower-case hex field. */
    public static byte[] bytes(JsonNode message, String field) {
        String text = text(message, field);
        if (!lowerHex(text)) {
            throw new MessageException("field '" + field + "' (" + text.length() + " characters) is not lower-case hex of whole bytes");
        }
        return HEX.parseHex(text);
    }

    /** Returns a handle field: an unsigned 64-bit value as a decimal string. */
    public static long handle(JsonNode message, String field) {
        String text = text(message, field);
        if (!HANDLE.matcher(text).matches()) {
            throw new MessageException("field '" + field + "' is not an unsigned decimal string without leading zeros");
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new MessageException("field '" + field + "' is larger than 18446744073709551615");
        }
    }

    /** Returns an unsigned 32-bit integer field. */
    public static long uint32(JsonNode message, String field) {
        return integer(message, field, 0, UINT32_MAX);
    }

    /** Returns an integer field in {@code [min, max]}. */
    public static long integer(JsonNode message, String field, long min, long max) {
        JsonNode node = present(message, field);
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw new MessageException("field '" + field + "' must be an integer from " + min + " to " + max);
        }
        return node.asLong();
    }

    /** Returns a boolean field. */
    public static boolean bool(JsonNode message, String field) {
        JsonNode node = present(message, field);
        if (!node.isBoolean()) {
            throw new MessageException("field '" + field + "' must be true or false");
        }
        return node.asBoolean();
    }

    /** Returns a string field. */
    public static String text(JsonNode message, String field) {
        JsonNode node = present(message, field);
        if (!node.isTextual()) {
            throw new MessageException("field '" + field + "' must be a string");
        }
        return node.asText();
    }

    /** Returns an object field. */
    public static JsonNode object(JsonNode message, String field) {
        JsonNode node = present(message, field);
        if (!node.isObject()) {
            throw new MessageException("field '" + field + "' must be an object");
        }
        return node;
    }

    /** Returns a string field that names a constant of {@code type}. */
    public static <E extends Enum<E>> E constant(JsonNode message, String field, Class<E> type) {
        String text = text(message, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new MessageException("field '" + field + "' must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Returns a dotted-decimal IPv4 address field as its big-endian 32-bit value. */
    public static int address(JsonNode message, String field) {
        String text = text(message, field);
        if (!DOTTED.matcher(text).matches()) {
            throw new MessageException("field '" + field + "' is not a dotted-decimal IPv4 address");
        }
        int value = 0;
        for (String part : text.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static boolean lowerHex(String text) {
        if (text.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode present(JsonNode message, String field) {
        JsonNode node = message.get(field);
        if (node == null) {
            throw new MessageException("field '" + field + "' is missing");
        }
        return node;
    }

    private static String printable(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return shown.replaceAll("[^\\x20-\\x7E…]", "?");
    }
}
