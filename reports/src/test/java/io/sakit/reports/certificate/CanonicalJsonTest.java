package io.sakit.reports.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reports.json.ReportJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) throws Exception {
        return new String(CanonicalJson.bytes(ReportJson.mapper().readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAsInRfc8785() throws Exception {
        String input = "{\"\\u20ac\":1,\"\\r\":2,\"\\ufb33\":3,\"1\":4,\"\\ud83d\\ude00\":5,\"\\u0080\":6,\"\\u00f6\":7}";
        assertThat(canonical(input)).isEqualTo("{\"\\r\":2,\"1\":4,\"\u0080\":6,\"\u00f6\":7,\"\u20ac\":1,\"\ud83d\ude00\":5,\"\ufb33\":3}");
    }

    @Test
    void whitespaceGoesAndStringsUseTheShortestEscapes() throws Exception {
        assertThat(canonical("{ \"b\" : [ 1 , true , null , -7 ] ,\n \"a\" : \"q\\\"\\\\\\b\\f\\n\\r\\t\\u001f\\u0041/\" }"))
                .isEqualTo("{\"a\":\"q\\\"\\\\\\b\\f\\n\\r\\t\\u001fA/\",\"b\":[1,true,null,-7]}");
    }

    @Test
    void fractionsAreRefused() {
        assertThatThrownBy(() -> canonical("{\"a\": 1.5}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integers only");
    }
}
