package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransmitAhTest {

    /** Record Route (mutable), Router Alert (immutable), No Operation, End of Option List with a non-zero tail. */
    static final byte[] OPTIONS = Octets.hex("07 07 04 0A 00 00 01 94 04 00 00 01 00 99 99 99");

    private final Harness harness = Harness.everything();

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    @DisplayName("TX-AH-001, TX-FRM-001: transport AH writes the ICV of 9.3 at a+12 and nothing else")
    void transportAh(IntegrityAlgorithm integrity) {
        SecurityAssociation ah = Sas.ah(0x2001, integrity);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah));
        byte[] packet = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
        byte[] expected = packet.clone();
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = {"MD5", "SHA1"})
    @DisplayName("TX-AH-001: tunnel AH covers the outer header, the AH header and the whole inner datagram")
    void tunnelAh(IntegrityAlgorithm integrity) {
        SecurityAssociation ah = Sas.ah(0x2002, integrity);
        long handle = harness.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, ah));
        byte[] packet = Layouts.tunnelAh(ah, Layouts.innerTcp());
        byte[] expected = packet.clone();
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @Test
    @DisplayName("9.3: TOS, DF, TTL and the checksum do not enter the ICV; Identification does")
    void mutableFieldsAreZeroed() {
        SecurityAssociation ah = Sas.ah(0x2003, IntegrityAlgorithm.SHA1);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah));
        byte[] plain = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
        byte[] changed = plain.clone();
        changed[1] = (byte) 0xB8;
        changed[6] = 0x40;
        changed[8] = 1;
        changed[10] ^= 0x33;
        byte[] identification = plain.clone();
        identification[5] ^= 1;
        byte[] icv = Arrays.copyOfRange(harness.transmit(plain, handle).packet(), 32, 44);
        assertThat(Arrays.copyOfRange(harness.transmit(changed, handle).packet(), 32, 44)).isEqualTo(icv);
        assertThat(Arrays.copyOfRange(harness.transmit(identification, handle).packet(), 32, 44)).isNotEqualTo(icv);
    }

    @Test
    @DisplayName("TX-OPT-001: with IPv4Options the ICV zeroes mutable options and keeps immutable ones and the EOL tail")
    void optionsWhenAdvertised() {
        SecurityAssociation ah = Sas.ah(0x2004, IntegrityAlgorithm.MD5);
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah));
        byte[] packet = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).options(OPTIONS).ttl(3)
                .payload(Headers.ah(Headers.TCP, 0x2004, 1), Layouts.segment()).build();
        byte[] expected = packet.clone();
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(harness.transmit(packet, handle), expected);
    }

    @Test
    @DisplayName("TX-OPT-001, CAP-OPT-001: without IPv4Options a header with options is refused, unchanged")
    void optionsWhenNotAdvertised() {
        Harness noOptions = Harness.with(true, false);
        SecurityAssociation ah = Sas.ah(0x2005, IntegrityAlgorithm.MD5);
        long handle = noOptions.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah));
        byte[] packet = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).options(OPTIONS)
                .payload(Headers.ah(Headers.TCP, 0x2005, 1), Layouts.segment()).build();
        Expect.refused(noOptions.transmit(packet, handle), packet);
        byte[] plain = Layouts.transportAh(ah, Layouts.segment(), Headers.TCP);
        byte[] expected = plain.clone();
        Protect.ah(expected, 0, expected.length, ah);
        Expect.transmitted(noOptions.transmit(plain, handle), expected);
    }
}
