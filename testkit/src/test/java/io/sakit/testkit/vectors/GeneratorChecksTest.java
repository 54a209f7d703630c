package io.sakit.testkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.model.Filter;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's own checks catch a wrong expectation, and its writer is deterministic in the documented format. */
class GeneratorChecksTest {

    private final Build build = new Build(Abi.X64, 1);

    @Test
    void aWrongStatusIsCaughtByTheDecoderCrossCheck() {
        OidCase wrong = Cases.invalid("Flags 0 claimed to be a length fault", build.esp().flags(0), OidFlag.BAD_FLAGS)
                .withExpected(Expectation.invalidLength(224));
        assertThatThrownBy(() -> DecoderCrossCheck.verify(wrong, Abi.X64)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("generator and decoder disagree");
    }

    @Test
    void aWrongRequirementIsCaught() {
        OidCase wrong = Cases.invalid("Flags 0 flagged as a NumSAs fault", build.esp().flags(0), OidFlag.BAD_NUM_SAS);
        assertThatThrownBy(() -> DecoderCrossCheck.verify(wrong, Abi.X64)).hasMessageContaining("ADD-FLG-001");
    }

    @Test
    void aWrongBytesNeededIsCaught() {
        RequestBytes request = build.esp();
        OidCase wrong = Cases.tooShort("one byte short, claimed to need one byte less", request.copy().length(request.need() - 1, 0),
                request.need() - 1, OidFlag.KEY_MAT_TRUNCATED);
        assertThatThrownBy(() -> DecoderCrossCheck.verify(wrong, Abi.X64)).hasMessageContaining("decoder needs");
    }

    @Test
    void aStateOutcomeMustStillDecodeAsValid() {
        OidCase wrong = Cases.invalid("a malformed request claimed to be a duplicate", build.esp().flags(3), OidFlag.DUPLICATE_INBOUND_SA).byAdapter();
        assertThatThrownBy(() -> DecoderCrossCheck.verify(wrong, Abi.X64)).hasMessageContaining("refused by the decoder");
    }

    @Test
    void aCorrectCasePasses() {
        DecoderCrossCheck.verify(Cases.valid("valid", build.esp(), OidFlag.VALID_REQUEST), Abi.X64);
        DecoderCrossCheck.verify(Cases.invalid("Flags 0", build.esp().flags(0), OidFlag.BAD_FLAGS), Abi.X64);
    }

    @Test
    void aWrongFilterVerdictIsCaught() {
        FilterCase wrong = FilterCase.of("any filter claimed to miss", FilterFlag.ALL_FIELDS_ZERO, Filter.ANY,
                FilterMatchCases.flow("10.0.0.1", "10.0.0.2", 6, 1, 2), false);
        assertThatThrownBy(wrong::verified).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theJdkMustAgreeWithAPublishedAnswer() {
        assertThatThrownBy(() -> KatCase.require(new byte[] {1}, new byte[] {2}, "a made-up case")).hasMessageContaining("a made-up case");
    }

    @Test
    void expectationsCarryTheirStatusesInFileOrder() {
        assertThat(Expectation.invalidLength(180).orAlso(NdisStatus.INVALID_DATA).fields()).containsExactly(Map.entry("result", "acceptable"),
                Map.entry("status", "INVALID_LENGTH"), Map.entry("alsoAcceptable", List.of("INVALID_DATA")), Map.entry("bytesNeeded", 180L));
    }

    @Test
    void theWriterIndentsByTwoInlinesShortScalarArraysAndEndsWithANewline() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("a", List.of(1, 2));
        tree.put("b", List.of(Map.of("c", true)));
        tree.put("d", "q\"\\");
        assertThat(JsonWriter.write(tree)).isEqualTo("{\n  \"a\": [1, 2],\n  \"b\": [\n    {\n      \"c\": true\n    }\n  ],\n  \"d\": \"q\\\"\\\\\"\n}\n");
    }
}
