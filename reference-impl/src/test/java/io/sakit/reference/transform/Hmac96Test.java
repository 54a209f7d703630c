package io.sakit.reference.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Jdk;
import io.sakit.reference.fixtures.Octets;
import io.sakit.spec.model.IntegrityAlgorithm;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Hmac96Test {

    private static byte[] key(IntegrityAlgorithm algorithm) {
        return Octets.counting(algorithm.keyLength(), 0x51);
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    void writesTheFirstTwelveBytesOfTheHmacPacketAfterPacket(IntegrityAlgorithm algorithm) {
        Hmac96 hmac = new Hmac96(algorithm, key(algorithm));
        for (int length : new int[] {0, 1, 64, 1500}) {
            byte[] data = Octets.counting(length, length);
            byte[] out = new byte[14];
            hmac.update(data, 0, data.length);
            hmac.finishInto(out, 1);
            assertThat(Arrays.copyOfRange(out, 1, 13)).isEqualTo(Jdk.hmac96(algorithm, key(algorithm), data));
            assertThat(out[0]).isZero();
            assertThat(out[13]).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    void comparesEveryIcvByte(IntegrityAlgorithm algorithm) {
        Hmac96 hmac = new Hmac96(algorithm, key(algorithm));
        byte[] data = Octets.counting(40, 3);
        byte[] icv = Jdk.hmac96(algorithm, key(algorithm), data);
        hmac.update(data, 0, data.length);
        assertThat(hmac.finishAndCompare(icv, 0)).isTrue();
        for (int i = 0; i < 12; i++) {
            byte[] wrong = icv.clone();
            wrong[i] ^= (byte) 0x80;
            hmac.update(data, 0, data.length);
            assertThat(hmac.finishAndCompare(wrong, 0)).as("byte %d", i).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    void destroyReplacesTheKey(IntegrityAlgorithm algorithm) {
        Hmac96 hmac = new Hmac96(algorithm, key(algorithm));
        hmac.destroy();
        byte[] data = Octets.counting(20, 9);
        hmac.update(data, 0, data.length);
        assertThat(hmac.isDestroyed()).isTrue();
        assertThat(hmac.finishAndCompare(Jdk.hmac96(algorithm, key(algorithm), data), 0)).isFalse();
    }
}
