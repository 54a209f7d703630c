package io.sakit.spec.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.codec.Bytes;
import org.junit.jupiter.api.Test;

/** Bit positions of the capability structures, as in the facts file §6. */
class CapabilityCodecTest {

    private static IpsecOffloadV1 only(AhSupport ah, EspSupport esp) {
        return new IpsecOffloadV1(0, false, false, false, 0, ah, esp);
    }

    @Test
    void v1TwoBitFieldsHoldSupportedAtTheirPositions() {
        assertThat(Bytes.u32le(CapabilityCodec.encodeV1(only(new AhSupport(true, false, false, false, false, false), EspSupport.NONE)), 20)).isEqualTo(0x1);
        assertThat(Bytes.u32le(CapabilityCodec.encodeV1(only(new AhSupport(false, true, false, false, false, false), EspSupport.NONE)), 20)).isEqualTo(0x4);
        assertThat(Bytes.u32le(CapabilityCodec.encodeV1(only(new AhSupport(false, false, false, false, false, true), EspSupport.NONE)), 20)).isEqualTo(0x400);
        assertThat(Bytes.u32le(CapabilityCodec.encodeV1(only(AhSupport.NONE, new EspSupport(false, false, true, false, false, false, false, false))), 24))
                .isEqualTo(0x10);
        assertThat(Bytes.u32le(CapabilityCodec.encodeV1(only(AhSupport.NONE, new EspSupport(false, false, false, false, false, false, false, true))), 24))
                .isEqualTo(0x4000);
        assertThat(CapabilityCodec.encodeV1(IpsecOffloadV1.EVERYTHING)).hasSize(28);
    }

    @Test
    void taskIpsecOneBitFieldsHoldTheirPositions() {
        byte[] legacy = CapabilityCodec.encodeTaskIpsec(only(AhSupport.ALL, EspSupport.ALL));
        assertThat(legacy).hasSize(24);
        assertThat(Bytes.u32le(legacy, 16)).isEqualTo(0x3F);
        assertThat(Bytes.u32le(legacy, 20)).isEqualTo(0xFD);
    }

    @Test
    void undefinedFieldValuesAreRefused() {
        byte[] buffer = CapabilityCodec.encodeV1(IpsecOffloadV1.EVERYTHING);
        Bytes.put32le(buffer, 20, 0x2);
        assertThatThrownBy(() -> CapabilityCodec.decodeV1(buffer)).hasMessageContaining("IPv4AH field 0 holds 2");
        assertThatThrownBy(() -> CapabilityCodec.decodeV1(new byte[27])).hasMessageContaining("needs 28 bytes");
    }
}
