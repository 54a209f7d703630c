package io.sakit.spec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.Fixtures;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {

    @Test
    void keyBytesNeverAppearInTextForms() {
        KeyMaterial key = KeyMaterial.copyOf(new byte[] {0x41, 0x42, 0x43, 0x44});
        assertThat(key.toString()).isEqualTo("KeyMaterial[4 bytes, redacted]");
        assertThat(Fixtures.outboundEsp().toString()).doesNotContain("1011121314").doesNotContain("KeyMaterial[");
        assertThat(key.fingerprint()).hasSize(16).doesNotContain("41424344");
    }

    @Test
    void destroyWipesAndForbidsReading() {
        byte[] source = {1, 2, 3};
        KeyMaterial key = KeyMaterial.copyOf(source);
        key.destroy();
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(key::copy).hasMessage("key material was destroyed");
        assertThat(source).containsExactly(1, 2, 3);
    }

    @Test
    void equalityIsByContent() {
        assertThat(KeyMaterial.copyOf(new byte[] {1, 2})).isEqualTo(KeyMaterial.copyOf(new byte[] {1, 2})).isNotEqualTo(KeyMaterial.copyOf(new byte[] {1, 3}));
    }
}
