package io.sakit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.conformance.adapter.exec.Answers;
import io.sakit.conformance.adapter.exec.ErrorResponse;
import io.sakit.conformance.adapter.exec.Hello;
import io.sakit.conformance.adapter.exec.LineReader;
import io.sakit.conformance.adapter.exec.MessageException;
import io.sakit.conformance.adapter.exec.Protocol;
import io.sakit.conformance.adapter.exec.Responses;
import java.util.List;
import java.util.function.Function;

/**
 * Arbitrary standard output of an implementation, and arbitrary single lines answering a request of each type,
 * through the kit's reading side of the stdio protocol (STDIO-PROTOCOL.md sections 4, 5 and 7.1): the framing
 * hands on exactly the lines the bytes hold, none longer than the limit, each before the reader waits for the
 * next byte, then one problem, after which nothing is read; and every line is either a parsed response or
 * refused with {@link MessageException} or {@link ErrorResponse} carrying one printable line, never anything else.
 */
class ProtocolFuzzTest {

    private static final int MAX_MESSAGE = 1000;
    private static final List<Request> REQUESTS = List.of(new Request(Protocol.HELLO, Responses::readHello), new Request(Protocol.SET, Responses::readSet),
            new Request(Protocol.TRANSMIT, Responses::readTransmit), new Request(Protocol.RECEIVE, Responses::readReceive),
            new Request(Protocol.CLASSIFY, Responses::readClassify), new Request(Protocol.RESET, ProtocolFuzzTest::empty),
            new Request(Protocol.SHUTDOWN, ProtocolFuzzTest::empty));

    /** A request type and the reader the kit applies to its answer. */
    private record Request(String type, Function<JsonNode, ?> reader) {
    }

    private static Object empty(JsonNode answer) {
        Responses.readEmpty(answer);
        return Boolean.TRUE;
    }

    /**
     * Picks a request type and id, then reads either one line of any text or standard output framed under the
     * protocol's line limit or a small one. The seeds in {@code ProtocolFuzzTestInputs/anyStandardOutput} are one
     * well-formed answer per request type, as standard output answering request 1 under the protocol's limit.
     */
    @FuzzTest
    @DictionaryEntries({"\\n", "\\r", "\\u2028", "\\u0085", "\\u0000", "'", "\\\"", "null", "[]", "{}", "-1", "1.0", "1e2",
        "4294967296", "18446744073709551616", "\"error\"", "\"message\""})
    void anyStandardOutput(FuzzedDataProvider data) {
        Request request = data.pickValue(REQUESTS);
        long id = data.consumeLong(1, Long.MAX_VALUE);
        if (data.consumeBoolean()) {
            answer(request, id, data.consumeRemainingAsString());
            return;
        }
        int limit = data.consumeBoolean() ? Protocol.MAX_LINE_BYTES : data.consumeInt(1, 64);
        for (String line : StandardOutput.framed(data.consumeRemainingAsBytes(), limit)) {
            answer(request, id, line);
        }
    }

    private static void answer(Request request, long id, String line) {
        try {
            Object response = Answers.read(line, id, request.type(), request.reader());
            if (response == null) {
                throw new AssertionError("read no response for request " + request.type());
            }
            if (response instanceof Hello hello && hello.toString().chars().anyMatch(ProtocolFuzzTest::lineBreak)) {
                throw new AssertionError("accepted a hello whose name or version is not one line");
            }
        } catch (MessageException | ErrorResponse refused) {
            String message = refused.getMessage();
            if (message == null || message.isBlank() || message.length() > MAX_MESSAGE || message.chars().anyMatch(ProtocolFuzzTest::unprintable)) {
                throw new AssertionError("not one printable line of at most " + MAX_MESSAGE + " characters", refused);
            }
        }
    }

    private static boolean lineBreak(int c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean unprintable(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
