package io.sakit.spec.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void presetsAndCanonicalFormsParseBack() {
        for (var preset : Profile.presets().entrySet()) {
            assertThat(Profile.parse(preset.getKey())).isEqualTo(preset.getValue());
            assertThat(Profile.parse(preset.getValue().canonical())).isEqualTo(preset.getValue());
            assertThat(preset.getValue().displayName()).isEqualTo(preset.getKey());
        }
    }

    @Test
    void omittedPointsTakeTheirDefault() {
        assertThat(Profile.parse("abi=x86")).isEqualTo(new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, Abi.X86));
        assertThat(Profile.parse("keys=integrity-first,abi=x86,bytes-needed=additional").displayName()).isEqualTo("ndis51-integrity-first");
        assertThat(Profile.DEFAULT.displayName()).isEqualTo("default");
    }

    @Test
    void unknownNamesAndValuesAreRefusedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> Profile.parse("nope")).hasMessageContaining("use a preset (default, x86");
        assertThatThrownBy(() -> Profile.parse("abi=arm64")).hasMessage("unknown value 'arm64' for profile point abi: use x86 or x64");
        assertThatThrownBy(() -> Profile.parse("colour=red")).hasMessageContaining("unknown profile point 'colour'");
    }

    @Test
    void bytesNeededModesDiffer() {
        assertThat(BytesNeededMode.TOTAL.bytesNeeded(224, 200)).isEqualTo(224);
        assertThat(BytesNeededMode.ADDITIONAL.bytesNeeded(224, 200)).isEqualTo(24);
    }
}
