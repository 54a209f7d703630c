package io.sakit.reference.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Jdk;
import io.sakit.reference.fixtures.Octets;
import io.sakit.spec.model.IntegrityAlgorithm;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AhIcvTest {

    private static final byte[] KEY = Octets.counting(20, 0x11);
    private static final byte[] OPTIONS = Octets.hex("07 07 04 0A 00 00 01 94 04 00 00 01 00 99 99 99");
    private static final int ICV = 20 + 16 + 12;

    private static byte[] packet() {
        return Datagram.ipv4(Headers.AH, "10.0.0.1", "10.0.0.2").tos(0x10).ttl(9).flags(0x4000).options(OPTIONS)
                .payload(Headers.ah(Headers.TCP, 0x100, 7), Headers.tcp(1000, 80, Octets.counting(21, 0))).build();
    }

    private static AhIcv ahIcv() {
        return new AhIcv(new Hmac96(IntegrityAlgorithm.SHA1, KEY));
    }

    @Test
    @DisplayName("9.3: the ICV zeroes TOS, flags, TTL, checksum and mutable options, keeps the rest, and lands at a+12")
    void icvCoversTheBytesOfSection93() {
        byte[] b = packet();
        ahIcv().write(b, 0, b.length);
        assertThat(Arrays.copyOfRange(b, ICV, ICV + 12)).isEqualTo(Jdk.ahIcv(IntegrityAlgorithm.SHA1, KEY, packet(), 0, b.length));
    }

    @Test
    @DisplayName("9.3: changing mutable fields or the type and data of mutable options after protection still verifies")
    void mutableChangesStillVerify() {
        AhIcv ah = ahIcv();
        byte[] b = packet();
        ah.write(b, 0, b.length);
        int[] mutable = {1, 6, 7, 8, 10, 11, 20, 22, 23, 24, 25, 26};
        for (int offset : mutable) {
            byte[] changed = b.clone();
            changed[offset] ^= 0x5A;
            assertThat(ah.verify(changed, 0, changed.length)).as("offset %d", offset).isTrue();
        }
    }

    @Test
    @DisplayName("9.3: changing any immutable byte that keeps the header well-formed, immutable options and the EOL tail included, fails")
    void immutableChangesFail() {
        AhIcv ah = ahIcv();
        byte[] b = packet();
        ah.write(b, 0, b.length);
        int[] immutable = {2, 3, 4, 5, 9, 12, 19, 27, 29, 30, 31, 33, 35, 36, 40, 44, 47, 48, 59, 60, b.length - 1};
        for (int offset : immutable) {
            byte[] changed = b.clone();
            changed[offset] ^= 0x01;
            assertThat(ah.verify(changed, 0, changed.length)).as("offset %d", offset).isFalse();
        }
        assertThat(ah.verify(b, 0, b.length)).isTrue();
    }

    @Test
    @DisplayName("9.3: an inner datagram's ICV covers only its span")
    void innerSpan() {
        byte[] inner = packet();
        byte[] b = Octets.concat(new byte[13], inner, new byte[9]);
        ahIcv().write(b, 13, 13 + inner.length);
        assertThat(Arrays.copyOfRange(b, 13 + ICV, 13 + ICV + 12)).isEqualTo(Jdk.ahIcv(IntegrityAlgorithm.SHA1, KEY, inner, 0, inner.length));
    }
}
