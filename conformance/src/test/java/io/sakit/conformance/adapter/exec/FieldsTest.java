package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The encodings of STDIO-PROTOCOL.md 4.3 are read strictly, and a refusal names the field, never its bytes. */
class FieldsTest {

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.objectNode().put("f", value);
    }

    @Test
    void aMaximalPacketRoundTripsThroughHex() {
        byte[] packet = new byte[65535];
        Arrays.fill(packet, (byte) 0xAB);
        assertThat(Fields.bytes(text(Fields.hex(packet)), "f")).isEqualTo(packet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0A", "abc", "0g", " 00"})
    void hexMustBeLowerCaseWholeBytes(String value) {
        assertThatThrownBy(() -> Fields.bytes(text(value), "f")).isInstanceOf(MessageException.class).hasMessageContaining("field 'f'")
                .hasMessageNotContaining(value.strip());
    }

    @Test
    void handlesAreUnsignedSixtyFourBitDecimalStrings() {
        assertThat(Fields.handle(text("18446744073709551615"), "f")).isEqualTo(-1L);
        assertThat(Fields.handle(text("0"), "f")).isZero();
        assertThat(Fields.handle(-1L)).isEqualTo("18446744073709551615");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551616", "01", "-1", "0x10", "", "1 "})
    void malformedHandlesAreRefused(String value) {
        assertThatThrownBy(() -> Fields.handle(text(value), "f")).isInstanceOf(MessageException.class);
    }

    @Test
    void thirtyTwoBitValuesAreUnsignedIntegers() {
        JsonNode message = JsonNodeFactory.instance.objectNode().put("ok", 4294967295L).put("big", 4294967296L).put("neg", -1).put("real", 1.0);
        assertThat(Fields.uint32(message, "ok")).isEqualTo(0xFFFF_FFFFL);
        for (String field : new String[] {"big", "neg", "real", "missing"}) {
            assertThatThrownBy(() -> Fields.uint32(message, field)).isInstanceOf(MessageException.class).hasMessageContaining("'" + field + "'");
        }
    }

    @Test
    void unknownFieldsAreNamed() {
        JsonNode message = JsonNodeFactory.instance.objectNode().put("id", 1).put("bytesread", 0);
        assertThatThrownBy(() -> Fields.only(message, Set.of("id"))).hasMessage("unknown field 'bytesread'");
    }

    @Test
    void addressesAreDottedDecimal() {
        assertThat(Fields.address(text("10.1.2.3"), "f")).isEqualTo(0x0A010203);
        assertThat(Fields.address(0xC0000201)).isEqualTo("192.0.2.1");
        assertThatThrownBy(() -> Fields.address(text("10.1.2.256"), "f")).isInstanceOf(MessageException.class);
    }
}
