package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * How the kit judges the one line that answers a request (STDIO-PROTOCOL.md sections 4.2, 5.8 and 7.1): a JSON
 * object with the request's id and either the request's type, read strictly by the request's reader, or the
 * type {@code error}.
 */
public final class Answers {

    private static final int MAX_ERROR_MESSAGE = 500;
    private static final int PREVIEW = 24;

    private Answers() {
    }

    /**
     * Returns what {@code line} answers to request {@code id} of {@code type}, as {@code reader} reads it.
     *
     * @throws MessageException when the line breaks the protocol; its one-line message says how, starting with
     *     "answered request …", quoting no field's bytes and at most 24 characters of a line that does not start
     *     with '{'
     * @throws ErrorResponse when the line is an error response; its one-line message quotes the implementation's
     *     message, cut at 500 characters
     */
    public static <T> T read(String line, long id, String type, Function<JsonNode, T> reader) {
        String request = request(id, type);
        JsonNode answer = parse(line, request);
        JsonNode answerId = answer.get("id");
        if (answerId == null || !answerId.isIntegralNumber() || !answerId.canConvertToLong() || answerId.asLong() != id) {
            throw new MessageException("answered " + request + " with id " + (answerId == null ? "missing" : shortText(answerId)));
        }
        JsonNode answerType = answer.get("type");
        if (answerType != null && Protocol.ERROR.equals(answerType.asText())) {
            throw errorAnswer(answer, request);
        }
        if (answerType == null || !type.equals(answerType.asText()) || !answerType.isTextual()) {
            throw new MessageException("answered " + request + " with type " + (answerType == null ? "missing" : shortText(answerType)));
        }
        try {
            return reader.apply(answer);
        } catch (MessageException e) {
            throw new MessageException("answered " + request + " with a message that breaks the protocol: " + e.getMessage());
        }
    }

    /** Returns how messages name request {@code id} of {@code type}: {@code "request 7 (set)"}. */
    static String request(long id, String type) {
        return "request " + id + " (" + type + ")";
    }

    private static JsonNode parse(String line, String request) {
        try {
            return Protocol.parse(line);
        } catch (MessageException e) {
            throw new MessageException("answered " + request + " with a line of " + line.length() + " characters that " + e.getMessage() + preview(line));
        }
    }

    private static String preview(String line) {
        if (line.startsWith("{") || line.isBlank()) {
            return "";
        }
        String start = line.length() > PREVIEW ? line.substring(0, PREVIEW) + "…" : line;
        return ", starting '" + Protocol.printable(start) + "'";
    }

    private static RuntimeException errorAnswer(JsonNode answer, String request) {
        String message;
        try {
            message = Responses.readError(answer);
        } catch (MessageException e) {
            return new MessageException("answered " + request + " with an error message that breaks the protocol: " + e.getMessage());
        }
        String line = Protocol.printable(message.strip().replaceAll("\\s*\\R\\s*", " | "));
        String bounded = line.length() > MAX_ERROR_MESSAGE ? line.substring(0, MAX_ERROR_MESSAGE) + "…" : line;
        return new ErrorResponse("the implementation could not carry out " + request + ": " + bounded);
    }

    private static String shortText(JsonNode node) {
        String text = node.toString();
        return Protocol.printable(text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text);
    }
}
