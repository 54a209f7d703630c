package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The constants of sakit stdio protocol 1 (spec/STDIO-PROTOCOL.md) and its line codec: one JSON object per
 * line, parsed strictly (no duplicate keys, nothing after the object).
 */
public final class Protocol {

    /** The protocol version the kit speaks. */
    public static final int VERSION = 1;
    /** The protocol's name in messages. */
    public static final String NAME = "sakit stdio protocol " + VERSION;
    /** The longest line either side may write, in bytes without the newline. */
    public static final int MAX_LINE_BYTES = 8 << 20;

    /** The handshake. */
    public static final String HELLO = "hello";
    /** OID set request. */
    public static final String SET = "set";
    /** Transmit one packet. */
    public static final String TRANSMIT = "transmit";
    /** Receive one packet. */
    public static final String RECEIVE = "receive";
    /** Ask the classifier, when the handshake offered it. */
    public static final String CLASSIFY = "classify";
    /** Remove every SA and parser entry. */
    public static final String RESET = "reset";
    /** Answer, then exit. */
    public static final String SHUTDOWN = "shutdown";
    /** The answer of an implementation that could not carry out a request. */
    public static final String ERROR = "error";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern CHARACTER = Pattern.compile("'.' \\((code [^)]*)\\)", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
    private static final int MAX_REASON = 160;

    private Protocol() {
    }

    /** Returns a new message with {@code id} and {@code type} as its first fields. */
    public static ObjectNode message(long id, String type) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("type", type);
    }

    /**
     * Parses one line into a JSON object.
     *
     * @throws MessageException when the line is not one JSON object; the message gives the position, never the text
     */
    public static JsonNode parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MessageException("is not JSON (" + reason(e) + " at column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new MessageException("is not a JSON object");
        }
        return node;
    }

    /**
     * Returns the first line of the parser's message, naming a character by its code alone and quoting no token
     * longer than 8 characters, on one printable line: the reason a line is not JSON, without its content.
     */
    private static String reason(JsonProcessingException e) {
        String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("parse error");
        String unquoted = QUOTED.matcher(CHARACTER.matcher(first).replaceAll("$1")).replaceAll(m -> m.group().length() > 10 ? "'…'" : "$0");
        return printable(unquoted.length() > MAX_REASON ? unquoted.substring(0, MAX_REASON) + "…" : unquoted);
    }

    /** Returns {@code text} with every control character and line or paragraph separator replaced by '?', so that it stays on one line. */
    static String printable(String text) {
        return UNPRINTABLE.matcher(text).replaceAll("?");
    }

    /** Returns {@code message} as one line of JSON, without the newline. */
    public static String write(ObjectNode message) {
        return message.toString();
    }
}
