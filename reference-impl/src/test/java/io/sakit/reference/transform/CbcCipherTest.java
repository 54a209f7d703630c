package io.sakit.reference.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Jdk;
import io.sakit.reference.fixtures.Octets;
import io.sakit.spec.model.ConfAlgorithm;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CbcCipherTest {

    private static final byte[] IV = Octets.hex("0102030405060708");

    private static byte[] key(ConfAlgorithm algorithm) {
        return Octets.counting(algorithm.keyLength(), 0x31);
    }

    @ParameterizedTest
    @EnumSource(value = ConfAlgorithm.class, names = {"DES", "TRIPLE_DES"})
    void encryptsInPlaceLikeTheJdk(ConfAlgorithm algorithm) {
        byte[] plaintext = Octets.counting(40, 7);
        byte[] packet = Octets.concat(IV, plaintext);
        new CbcCipher(algorithm, key(algorithm), true).process(packet, 0, 8, 40);
        assertThat(Arrays.copyOfRange(packet, 8, 48)).isEqualTo(Jdk.cbc(true, algorithm, key(algorithm), IV, plaintext));
    }

    @ParameterizedTest
    @EnumSource(value = ConfAlgorithm.class, names = {"DES", "TRIPLE_DES"})
    void decryptsInPlaceLikeTheJdkPacketAfterPacket(ConfAlgorithm algorithm) {
        CbcCipher cipher = new CbcCipher(algorithm, key(algorithm), false);
        for (int round = 0; round < 3; round++) {
            byte[] plaintext = Octets.counting(16 + 8 * round, round);
            byte[] packet = Octets.concat(IV, Jdk.cbc(true, algorithm, key(algorithm), IV, plaintext));
            cipher.process(packet, 0, 8, plaintext.length);
            assertThat(Arrays.copyOfRange(packet, 8, packet.length)).isEqualTo(plaintext);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ConfAlgorithm.class, names = {"DES", "TRIPLE_DES"})
    void decryptsTheLastBlockAloneWithoutChangingThePacket(ConfAlgorithm algorithm) {
        CbcCipher cipher = new CbcCipher(algorithm, key(algorithm), false);
        for (int length : new int[] {8, 16, 48}) {
            byte[] plaintext = Octets.counting(length, length);
            byte[] packet = Octets.concat(IV, Jdk.cbc(true, algorithm, key(algorithm), IV, plaintext));
            byte[] before = packet.clone();
            byte[] last = new byte[8];
            cipher.decryptLastBlock(packet, 0, 8, length, last);
            assertThat(last).isEqualTo(Arrays.copyOfRange(plaintext, length - 8, length));
            assertThat(packet).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ConfAlgorithm.class, names = {"DES", "TRIPLE_DES"})
    void ignoresParityBits(ConfAlgorithm algorithm) {
        byte[] flipped = key(algorithm);
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] ^= 1;
        }
        byte[] a = Octets.concat(IV, new byte[16]);
        byte[] b = a.clone();
        new CbcCipher(algorithm, key(algorithm), true).process(a, 0, 8, 16);
        new CbcCipher(algorithm, flipped, true).process(b, 0, 8, 16);
        assertThat(a).isEqualTo(b);
    }

    @ParameterizedTest
    @EnumSource(value = ConfAlgorithm.class, names = {"DES", "TRIPLE_DES"})
    void destroyReplacesTheKey(ConfAlgorithm algorithm) {
        CbcCipher cipher = new CbcCipher(algorithm, key(algorithm), true);
        cipher.destroy();
        byte[] packet = Octets.concat(IV, new byte[8]);
        cipher.process(packet, 0, 8, 8);
        assertThat(cipher.isDestroyed()).isTrue();
        assertThat(Arrays.copyOfRange(packet, 8, 16)).isNotEqualTo(Jdk.cbc(true, algorithm, key(algorithm), IV, new byte[8]));
    }
}
