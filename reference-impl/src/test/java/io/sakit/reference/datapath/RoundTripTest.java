package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Jdk;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.transform.RandomIvSource;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What transmit protects with random IVs, receive on the matching inbound bundle verifies and decrypts back to the original. */
class RoundTripTest {

    private static final Filter UDP = new Filter(0, 0, 0, 0, 17, 0, 0);

    private final Harness harness = new Harness(Harness.EVERYTHING, new RandomIvSource());

    private long both(AddSaRequest outbound) {
        harness.add(new AddSaRequest(outbound.filter(), outbound.tunnel(), Direction.INBOUND, outbound.securityAssociations()));
        return harness.add(outbound);
    }

    private long bothUdp(AddSaRequest outbound) {
        harness.addUdpEsp(new AddSaRequest(outbound.filter(), outbound.tunnel(), Direction.INBOUND, outbound.securityAssociations()), 4500);
        return harness.addUdpEsp(outbound, 0);
    }

    /** Transmits, receives, and checks the result is the original packet except in the IV and ICV fields [fields[i], fields[i+1]), which are as sent. */
    private void roundTrip(byte[] packet, long handle, long nextHandle, ReceiveInfo info, int... fields) {
        roundTrip(packet, handle, nextHandle, UnaryOperator.identity(), info, fields);
    }

    /** As above, reading the sent fields from {@code view} of the sent packet (the outer layer decrypted by the JDK, for inner fields). */
    private void roundTrip(byte[] packet, long handle, long nextHandle, UnaryOperator<byte[]> view, ReceiveInfo info, int... fields) {
        TransmitResult sent = harness.transmit(packet, handle, nextHandle);
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        ReceiveResult received = harness.receive(sent.packet());
        assertThat(received.info()).isEqualTo(info);
        byte[] sentFields = view.apply(sent.packet().clone());
        byte[] expected = packet.clone();
        for (int i = 0; i < fields.length; i += 2) {
            System.arraycopy(sentFields, fields[i], expected, fields[i], fields[i + 1] - fields[i]);
        }
        assertThat(received.packet()).isEqualTo(expected);
    }

    private static UnaryOperator<byte[]> decrypted(SecurityAssociation esp, int iv, int icvLength) {
        return b -> {
            int r = iv + 8;
            byte[] plain = Jdk.cbc(false, esp.parameters().conf(), Sas.confKey(esp), Arrays.copyOfRange(b, iv, r), Arrays.copyOfRange(b, r, b.length - icvLength));
            System.arraycopy(plain, 0, b, r, plain.length);
            return b;
        };
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("io.sakit.reference.datapath.TransmitEspTest#espAlgorithms")
    @DisplayName("TX-ESP-001, RX-ESP-001: ESP transport, tunnel and UDP-ESP round trips")
    void esp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        SecurityAssociation esp = Sas.esp(0xC001, conf, integrity);
        int r = 28 + conf.ivLength();
        byte[] transport = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
        roundTrip(transport, both(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp)), 0, ReceiveInfo.processed(CryptoStatus.SUCCESS), 28, r,
                transport.length - 12, transport.length);
        SecurityAssociation tunnelEsp = Sas.esp(0xC002, conf, integrity);
        byte[] tunnel = Layouts.tunnelEsp(tunnelEsp, Layouts.innerTcp());
        roundTrip(tunnel, both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, tunnelEsp)), 0,
                ReceiveInfo.processed(CryptoStatus.SUCCESS), 28, r, tunnel.length - 12, tunnel.length);
        SecurityAssociation udpEsp = Sas.esp(0xC003, conf, integrity);
        byte[] udp = Layouts.udpEsp(udpEsp, Layouts.HOST_A, Layouts.HOST_B, 4500, 4500, Layouts.segment(), Headers.TCP);
        roundTrip(udp, bothUdp(Sas.transport(Direction.OUTBOUND, UDP, udpEsp)), 0, ReceiveInfo.processed(CryptoStatus.SUCCESS), 36,
                r + 8, udp.length - 12, udp.length);
    }

    @ParameterizedTest(name = "ESP {0}/{1} then AH {2}")
    @MethodSource("io.sakit.reference.datapath.TransmitBundleTest#bundles")
    @DisplayName("TX-BND-001, RX-BND-001: ESP-then-AH bundle round trips, transport and tunnel")
    void bundles(ConfAlgorithm conf, IntegrityAlgorithm espIntegrity, IntegrityAlgorithm ahIntegrity) {
        SecurityAssociation esp = Sas.esp(0xC011, conf, espIntegrity);
        SecurityAssociation ah = Sas.ah(0xC012, ahIntegrity);
        int r = 52 + conf.ivLength();
        byte[] transport = Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP);
        roundTrip(transport, both(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp, ah)), 0, ReceiveInfo.processed(CryptoStatus.SUCCESS), 32, 44,
                52, r, transport.length - espIntegrity.icvLength(), transport.length);
        byte[] tunnel = Layouts.tunnelBundle(esp, ah, Layouts.innerTcp());
        roundTrip(tunnel, both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, esp, ah)), 0,
                ReceiveInfo.processed(CryptoStatus.SUCCESS), 32, 44, 52, r, tunnel.length - espIntegrity.icvLength(), tunnel.length);
    }

    @Test
    @DisplayName("TX-AH-001, RX-AH-001: AH transport and tunnel round trips")
    void ah() {
        for (IntegrityAlgorithm integrity : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
            SecurityAssociation ah = Sas.ah(0xC020 + integrity.ordinal(), integrity);
            roundTrip(Layouts.transportAh(ah, Layouts.segment(), Headers.TCP), both(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah)), 0,
                    ReceiveInfo.processed(CryptoStatus.SUCCESS), 32, 44);
            roundTrip(Layouts.tunnelAh(ah, Layouts.innerTcp()), both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, ah)), 0,
                    ReceiveInfo.processed(CryptoStatus.SUCCESS), 32, 44);
        }
    }

    @Test
    @DisplayName("TX-TTC-001, RX-TTC-001: transport over tunnel round trips with two handles and NextCryptoDone")
    void transportOverTunnel() {
        SecurityAssociation innerEsp = Sas.esp(0xC031, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation innerAh = Sas.ah(0xC032, IntegrityAlgorithm.MD5);
        SecurityAssociation outerEsp = Sas.esp(0xC033, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.NONE);
        SecurityAssociation outerAh = Sas.ah(0xC034, IntegrityAlgorithm.SHA1);
        long transport = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, innerEsp, innerAh));
        long tunnel = both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, outerEsp, outerAh));
        byte[] inner = Layouts.transportBundle(innerEsp, innerAh, Layouts.segment(), Headers.TCP);
        byte[] packet = Layouts.tunnelBundle(outerEsp, outerAh, inner);
        int start = 60;
        roundTrip(packet, transport, tunnel, decrypted(outerEsp, 52, 0), ReceiveInfo.processedBoth(CryptoStatus.SUCCESS), 32, 44, 52, 60, start + 32, start + 44, start + 52,
                start + 60, start + inner.length - 12, start + inner.length);
        long ahTransport = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, Sas.ah(0xC035, IntegrityAlgorithm.SHA1)));
        long espTunnel = both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, Sas.esp(0xC036, ConfAlgorithm.DES,
                IntegrityAlgorithm.MD5)));
        byte[] innerAhOnly = Layouts.transportAh(Sas.ah(0xC035, IntegrityAlgorithm.SHA1), Layouts.segment(), Headers.TCP);
        byte[] mixed = Layouts.tunnelEsp(Sas.esp(0xC036, ConfAlgorithm.DES, IntegrityAlgorithm.MD5), innerAhOnly);
        roundTrip(mixed, ahTransport, espTunnel, decrypted(Sas.esp(0xC036, ConfAlgorithm.DES, IntegrityAlgorithm.MD5), 28, 12),
                ReceiveInfo.processedBoth(CryptoStatus.SUCCESS), 28, 36, 36 + 32, 36 + 44, mixed.length - 12,
                mixed.length);
    }
}
