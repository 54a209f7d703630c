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
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every CryptoStatus of SPEC.md 11.4 (2 to 7) at the step that produces it, with the bytes as received, and the step order. */
class ReceiveStatusTest {

    private static final byte[] IV = Octets.hex("99 88 77 66 55 44 33 22");

    private final Harness harness = Harness.everything();
    private final SecurityAssociation ah = Sas.ah(0x7001, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation esp = Sas.esp(0x7002, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private final SecurityAssociation nullEsp = Sas.esp(0x7003, ConfAlgorithm.NONE, IntegrityAlgorithm.MD5);
    private final SecurityAssociation bundleEsp = Sas.esp(0x7004, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
    private final SecurityAssociation bundleAh = Sas.ah(0x7005, IntegrityAlgorithm.MD5);
    private final SecurityAssociation tunnelAh = Sas.ah(0x7006, IntegrityAlgorithm.MD5);
    private final SecurityAssociation tunnelEsp = Sas.esp(0x7007, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);

    ReceiveStatusTest() {
        for (SecurityAssociation sa : new SecurityAssociation[] {ah, esp, nullEsp}) {
            harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, sa));
        }
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, bundleEsp, bundleAh));
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, tunnelAh));
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, tunnelEsp));
    }

    private void expect(byte[] received, CryptoStatus status) {
        Expect.oneLayer(harness.receive(received), status, received);
    }

    private static byte[] ahPacket(SecurityAssociation sa, int nextHeader, byte[] rest) {
        byte[] b = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).payload(Headers.ah(nextHeader, sa.parameters().spi(), 1), rest).build();
        Protect.ah(b, 0, b.length, sa);
        return b;
    }

    private static byte[] espPacket(SecurityAssociation sa, byte[] body) {
        byte[] b = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).payload(body).build();
        Protect.esp(b, 20, b.length, sa, IV);
        return b;
    }

    private static byte[] badLengthEspPacket(SecurityAssociation sa, byte[] body) {
        byte[] b = Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).payload(body).build();
        Protect.espIcv(b, 20, b.length, sa);
        return b;
    }

    private byte[] bundlePacket(int nextHeader, int espSpi, byte[] espBody) {
        byte[] b = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).payload(Headers.ah(nextHeader, 0x7005, 1), espBody).build();
        Octets.put32(b, 44, espSpi);
        Protect.esp(b, 44, b.length, bundleEsp, IV);
        Protect.ah(b, 0, b.length, bundleAh);
        return b;
    }

    @Test
    @DisplayName("step 1, RX-PRO-001: an ESP-then-AH bundle reached through its ESP SPI is CRYPTO_INVALID_PROTOCOL")
    void bundleThroughItsEspSpi() {
        expect(espPacket(bundleEsp, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP)), CryptoStatus.INVALID_PROTOCOL);
    }

    @Test
    @DisplayName("step 2, RX-SYN-001: AH Payload Len other than 4, or fewer than 24 bytes of AH, is CRYPTO_INVALID_PACKET_SYNTAX")
    void ahSyntax() {
        byte[] payloadLength = ahPacket(ah, Headers.TCP, Layouts.segment());
        payloadLength[21] = 5;
        Protect.ah(payloadLength, 0, payloadLength.length, ah);
        expect(payloadLength, CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] shortAh = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B).payload(Arrays.copyOf(Headers.ah(Headers.TCP, 0x7001, 1), 23)).build();
        expect(shortAh, CryptoStatus.INVALID_PACKET_SYNTAX);
    }

    @Test
    @DisplayName("step 3, RX-PRO-001: a bundle whose AH Next Header is not 50 is CRYPTO_INVALID_PROTOCOL")
    void bundleAhNextHeader() {
        expect(bundlePacket(Headers.TCP, 0x7004, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP)), CryptoStatus.INVALID_PROTOCOL);
    }

    @Test
    @DisplayName("step 4, RX-SYN-001: ESP too short for header, IV and ICV, or L not a positive multiple of B, is CRYPTO_INVALID_PACKET_SYNTAX")
    void espSyntax() {
        expect(Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B).payload(Arrays.copyOf(Octets.be32(0x7002), 27)).build(),
                CryptoStatus.INVALID_PACKET_SYNTAX);
        expect(badLengthEspPacket(esp, Arrays.copyOf(Octets.be32(0x7002), 28)), CryptoStatus.INVALID_PACKET_SYNTAX);
        expect(badLengthEspPacket(esp, Octets.concat(Layouts.esp(esp, Layouts.segment(), Headers.TCP), new byte[4])), CryptoStatus.INVALID_PACKET_SYNTAX);
        expect(badLengthEspPacket(nullEsp, Octets.concat(Layouts.esp(nullEsp, Layouts.segment(), Headers.TCP), new byte[2])),
                CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] shortBundle = Datagram.ipv4(Headers.AH, Layouts.HOST_A, Layouts.HOST_B)
                .payload(Headers.ah(Headers.ESP, 0x7005, 1), Arrays.copyOf(Octets.be32(0x7004), 8 + 8 + 12 + 4)).build();
        Protect.ah(shortBundle, 0, shortBundle.length, bundleAh);
        expect(shortBundle, CryptoStatus.INVALID_PACKET_SYNTAX);
    }

    @Test
    @DisplayName("step 5, RX-PRO-001: a bundle whose ESP SPI is not the bundle's is CRYPTO_INVALID_PROTOCOL")
    void bundleEspSpi() {
        expect(bundlePacket(Headers.ESP, 0x7002, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP)), CryptoStatus.INVALID_PROTOCOL);
    }

    @Test
    @DisplayName("step 6, RX-AH-002: a wrong AH ICV is CRYPTO_TRANSPORT_AH_AUTH_FAILED (2) or CRYPTO_TUNNEL_AH_AUTH_FAILED (4)")
    void ahIcv() {
        byte[] transport = ahPacket(ah, Headers.TCP, Layouts.segment());
        transport[transport.length - 1] ^= 1;
        expect(transport, CryptoStatus.TRANSPORT_AH_AUTH_FAILED);
        byte[] tunnel = Layouts.tunnelAh(tunnelAh, Layouts.innerTcp());
        Protect.ah(tunnel, 0, tunnel.length, tunnelAh);
        tunnel[30] ^= 1;
        expect(tunnel, CryptoStatus.TUNNEL_AH_AUTH_FAILED);
    }

    @Test
    @DisplayName("step 7, RX-ESP-002: a wrong ESP ICV is CRYPTO_TRANSPORT_ESP_AUTH_FAILED (3) or CRYPTO_TUNNEL_ESP_AUTH_FAILED (5), not decrypted")
    void espIcv() {
        byte[] transport = espPacket(esp, Layouts.esp(esp, Layouts.segment(), Headers.TCP));
        transport[30] ^= 1;
        expect(transport, CryptoStatus.TRANSPORT_ESP_AUTH_FAILED);
        byte[] tunnel = Layouts.tunnelEsp(tunnelEsp, Layouts.innerTcp());
        Protect.esp(tunnel, 20, tunnel.length, tunnelEsp, IV);
        tunnel[tunnel.length - 12] ^= 1;
        expect(tunnel, CryptoStatus.TUNNEL_ESP_AUTH_FAILED);
    }

    @Test
    @DisplayName("step 9, RX-SYN-001: Pad Length + 2 greater than L is CRYPTO_INVALID_PACKET_SYNTAX with R as received (transport, NULL, tunnel)")
    void padLength() {
        byte[] segment = Layouts.segment();
        int pad = Math.floorMod(-(segment.length + 2), 8);
        expect(espPacket(esp, Headers.espWithPad(0x7002, 8, segment, pad, segment.length + pad + 1, Headers.TCP, 12)), CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] fits = espPacket(esp, Headers.espWithPad(0x7002, 8, segment, pad, segment.length + pad, Headers.TCP, 12));
        assertThat(harness.receive(fits).info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        int nullPad = Math.floorMod(-(segment.length + 2), 4);
        expect(espPacket(nullEsp, Headers.espWithPad(0x7003, 0, segment, nullPad, 255, Headers.TCP, 12)), CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] inner = Layouts.innerTcp();
        int innerPad = Math.floorMod(-(inner.length + 2), 8);
        byte[] tunnel = Datagram.ipv4(Headers.ESP, Layouts.GATE_A, Layouts.GATE_B)
                .payload(Headers.espWithPad(0x7007, 8, inner, innerPad, 200, Headers.IPV4, 12)).build();
        Protect.esp(tunnel, 20, tunnel.length, tunnelEsp, IV);
        expect(tunnel, CryptoStatus.INVALID_PACKET_SYNTAX);
    }

    @Test
    @DisplayName("11.4 order: step 2 before step 6, step 3 before 6, step 4 before 7, step 5 before 6, step 6 before 7, step 7 before 9")
    void stepOrder() {
        byte[] syntaxAndIcv = ahPacket(ah, Headers.TCP, Layouts.segment());
        syntaxAndIcv[21] = 3;
        expect(syntaxAndIcv, CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] nextHeaderAndIcv = bundlePacket(Headers.TCP, 0x7004, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP));
        nextHeaderAndIcv[35] ^= 1;
        expect(nextHeaderAndIcv, CryptoStatus.INVALID_PROTOCOL);
        byte[] lengthAndIcv = badLengthEspPacket(esp, Octets.concat(Layouts.esp(esp, Layouts.segment(), Headers.TCP), new byte[4]));
        lengthAndIcv[lengthAndIcv.length - 1] ^= 1;
        expect(lengthAndIcv, CryptoStatus.INVALID_PACKET_SYNTAX);
        byte[] spiAndAhIcv = bundlePacket(Headers.ESP, 0x7099, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP));
        spiAndAhIcv[35] ^= 1;
        expect(spiAndAhIcv, CryptoStatus.INVALID_PROTOCOL);
        byte[] bothIcvs = bundlePacket(Headers.ESP, 0x7004, Layouts.esp(bundleEsp, Layouts.segment(), Headers.TCP));
        bothIcvs[bothIcvs.length - 1] ^= 1;
        expect(bothIcvs, CryptoStatus.TRANSPORT_AH_AUTH_FAILED);
        byte[] segment = Layouts.segment();
        int pad = Math.floorMod(-(segment.length + 2), 8);
        byte[] icvAndPad = espPacket(esp, Headers.espWithPad(0x7002, 8, segment, pad, 250, Headers.TCP, 12));
        icvAndPad[icvAndPad.length - 3] ^= 1;
        expect(icvAndPad, CryptoStatus.TRANSPORT_ESP_AUTH_FAILED);
    }
}
