package io.sakit.reference.datapath;

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
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReceiveBundleTest {

    private static final byte[] IV = Octets.hex("11 22 33 44 55 66 77 88");

    private final Harness harness = Harness.everything();

    private static byte[] protect(byte[] plain, SecurityAssociation esp, SecurityAssociation ah, boolean breakEspIcv) {
        byte[] b = plain.clone();
        Protect.esp(b, 44, b.length, esp, IV);
        if (breakEspIcv) {
            b[b.length - 1] ^= 1;
        }
        Protect.ah(b, 0, b.length, ah);
        return b;
    }

    @ParameterizedTest(name = "ESP {0}/{1} then AH {2}")
    @MethodSource("io.sakit.reference.datapath.TransmitBundleTest#bundles")
    @DisplayName("RX-BND-001, RX-ESP-003: the AH ICV, then the ESP ICV, then decryption; only R changes")
    void bundleSucceeds(ConfAlgorithm conf, IntegrityAlgorithm espIntegrity, IntegrityAlgorithm ahIntegrity) {
        SecurityAssociation esp = Sas.esp(0x6201, conf, espIntegrity);
        SecurityAssociation ah = Sas.ah(0x6202, ahIntegrity);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp, ah));
        byte[] plain = Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP);
        byte[] received = protect(plain, esp, ah, false);
        int r = 52 + conf.ivLength();
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, Octets.splice(received, plain, r, received.length - espIntegrity.icvLength()));
    }

    @Test
    @DisplayName("RX-BND-001: with both ICVs wrong the AH status is indicated, without regard to ESP")
    void ahFailsFirst() {
        SecurityAssociation esp = Sas.esp(0x6203, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation ah = Sas.ah(0x6204, IntegrityAlgorithm.MD5);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp, ah));
        harness.add(Sas.tunnel(Direction.INBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, Sas.esp(0x6205, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1),
                Sas.ah(0x6206, IntegrityAlgorithm.MD5)));
        byte[] transport = protect(Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP), esp, ah, true);
        transport[40] ^= 1;
        Expect.oneLayer(harness.receive(transport), CryptoStatus.TRANSPORT_AH_AUTH_FAILED, transport);
        SecurityAssociation tunnelEsp = Sas.esp(0x6205, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation tunnelAh = Sas.ah(0x6206, IntegrityAlgorithm.MD5);
        byte[] tunnel = protect(Layouts.tunnelBundle(tunnelEsp, tunnelAh, Layouts.innerTcp()), tunnelEsp, tunnelAh, true);
        tunnel[40] ^= 1;
        Expect.oneLayer(harness.receive(tunnel), CryptoStatus.TUNNEL_AH_AUTH_FAILED, tunnel);
    }

    @Test
    @DisplayName("RX-BND-001, RX-ESP-002: a good AH over a wrong ESP ICV gives the ESP status, nothing decrypted")
    void espFailsAfterAh() {
        SecurityAssociation esp = Sas.esp(0x6207, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5);
        SecurityAssociation ah = Sas.ah(0x6208, IntegrityAlgorithm.SHA1);
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp, ah));
        byte[] received = protect(Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP), esp, ah, true);
        Expect.oneLayer(harness.receive(received), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED, received);
    }
}
