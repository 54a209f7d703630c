package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.SetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kit reads the line that answers a request as STDIO-PROTOCOL.md 4.2, 5.8 and 7.1 say, and refuses any other
 * line with one printable line that names what is wrong: control characters and line or paragraph separators the
 * implementation wrote become '?', and the parser's reason quotes no token of more than 8 characters.
 */
class AnswersTest {

    private static final long ID = 40;

    private static Object reset(JsonNode answer) {
        Responses.readEmpty(answer);
        return Boolean.TRUE;
    }

    @Test
    void theAnswerWithTheRequestsIdAndTypeIsRead() {
        SetResult result = Answers.read("{\"id\":40,\"type\":\"set\",\"status\":0,\"bytesRead\":8,\"bytesNeeded\":0,\"buffer\":\"2a00000000000000\"}", ID,
                Protocol.SET, Responses::readSet);
        assertThat(result.bytesRead()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a C1 control after a backslash (fuzz finding) | \\E\u008D | answered request 40 (reset) with a line of 3 characters that is not JSON "
                + "(Unexpected character (code 92): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') "
                + "at column 1), starting '\\E?'",
        "a long token | Traceback (most recent call last): not an answer | answered request 40 (reset) with a line of 48 characters that is not JSON "
                + "(Unrecognized token '…': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 1), "
                + "starting 'Traceback (most recent c…'",
        "a token holding a control | '{\"id\":40,\"type\":\"reset\",\"x\":tru\u0085}' | answered request 40 (reset) with a line of 33 characters that is "
                + "not JSON (Unrecognized token 'tru?': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 29)",
        "separators in the id | '{\"id\":\"\u2028\u0085\",\"type\":\"reset\"}' | answered request 40 (reset) with id \"??\"",
    })
    void aBrokenLineIsRefusedOnOnePrintableLine(String what, String line, String message) {
        assertThatThrownBy(() -> Answers.read(line, ID, Protocol.RESET, AnswersTest::reset)).isInstanceOf(MessageException.class).hasMessage(message);
    }

    @Test
    void anErrorMessageIsQuotedOnOnePrintableLine() {
        assertThatThrownBy(() -> Answers.read("{\"id\":40,\"type\":\"error\",\"message\":\"a\\nb\\u0085c\\u0091\"}", ID, Protocol.RESET, AnswersTest::reset))
                .isInstanceOf(ErrorResponse.class).hasMessage("the implementation could not carry out request 40 (reset): a | b | c?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s\\u2028eference", "sakit\\n", "sakit\\r\\n"})
    void aHelloWhoseNameHoldsALineBreakIsRefused(String name) {
        String hello = "{\"id\":1,\"type\":\"hello\",\"protocol\":1,\"implementation\":{\"name\":\"" + name + "\",\"version\":\"0.1.0\"},"
                + "\"capabilities\":" + CapabilitiesJson.write(new AdapterCapabilities(IpsecOffloadV1.EVERYTHING, 1024, 64, Profile.DEFAULT, true)) + "}";
        assertThatThrownBy(() -> Answers.read(hello, 1, Protocol.HELLO, Responses::readHello)).isInstanceOf(MessageException.class)
                .hasMessage("answered request 1 (hello) with a message that breaks the protocol: implementation name and version must each be one "
                        + "non-empty line of at most 200 characters");
    }
}
