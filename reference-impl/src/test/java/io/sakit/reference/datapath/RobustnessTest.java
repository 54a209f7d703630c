package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ROB-PKT-001 and ROB-PKT-002: any bytes and any handles give a result of the specification, never an exception. */
class RobustnessTest {

    private static final Filter UDP = new Filter(0, 0, 0, 0, 17, 0, 0);

    private final Harness harness = Harness.with(true, true);
    private final List<long[]> handlePairs = new ArrayList<>();
    private final List<byte[]> corpus = new ArrayList<>();
    private final List<byte[]> innerCorpus = new ArrayList<>();
    private final SecurityAssociation tunnelEsp = Sas.esp(0xE005, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
    private final SecurityAssociation tunnelAh = Sas.ah(0xE006, IntegrityAlgorithm.MD5);

    RobustnessTest() {
        SecurityAssociation esp = Sas.esp(0xE001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        SecurityAssociation ah = Sas.ah(0xE002, IntegrityAlgorithm.SHA1);
        SecurityAssociation bundleEsp = Sas.esp(0xE003, ConfAlgorithm.DES, IntegrityAlgorithm.NONE);
        SecurityAssociation bundleAh = Sas.ah(0xE004, IntegrityAlgorithm.MD5);
        SecurityAssociation nullEsp = Sas.esp(0xE007, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1);
        SecurityAssociation udpEsp = Sas.esp(0xE008, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
        long transportEsp = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp), false);
        long transportAh = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, ah), false);
        long bundle = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, bundleEsp, bundleAh), false);
        long espTunnel = both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, tunnelEsp), false);
        long ahTunnel = both(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, Layouts.GATE_A, Layouts.GATE_B, tunnelAh), false);
        long nullTransport = both(Sas.transport(Direction.OUTBOUND, Filter.ANY, nullEsp), false);
        long udp = both(Sas.transport(Direction.OUTBOUND, UDP, udpEsp), true);
        byte[] segment = Layouts.segment();
        seed(Layouts.transportEsp(esp, segment, Headers.TCP), transportEsp, 0);
        seed(Layouts.transportAh(ah, segment, Headers.TCP), transportAh, 0);
        seed(Layouts.transportBundle(bundleEsp, bundleAh, segment, Headers.TCP), bundle, 0);
        seed(Layouts.tunnelEsp(tunnelEsp, Layouts.innerTcp()), espTunnel, 0);
        seed(Layouts.tunnelAh(tunnelAh, Layouts.innerTcp()), ahTunnel, 0);
        seed(Layouts.transportEsp(nullEsp, segment, Headers.TCP), nullTransport, 0);
        seed(Layouts.udpEsp(udpEsp, Layouts.HOST_A, Layouts.HOST_B, 4500, 4500, segment, Headers.TCP), udp, 0);
        seed(Layouts.tunnelEsp(tunnelEsp, Layouts.transportEsp(esp, segment, Headers.TCP)), transportEsp, espTunnel);
        seed(Layouts.tunnelAh(tunnelAh, Layouts.transportBundle(bundleEsp, bundleAh, segment, Headers.TCP)), bundle, ahTunnel);
        seed(Layouts.tunnelEsp(tunnelEsp, Layouts.transportAh(ah, segment, Headers.TCP)), transportAh, espTunnel);
        innerCorpus.add(harness.transmit(Layouts.transportEsp(esp, segment, Headers.TCP), transportEsp).packet());
        innerCorpus.add(harness.transmit(Layouts.transportAh(ah, segment, Headers.TCP), transportAh).packet());
        innerCorpus.add(harness.transmit(Layouts.transportBundle(bundleEsp, bundleAh, segment, Headers.TCP), bundle).packet());
        for (long h : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, transportEsp + 1, transportEsp ^ (1L << 40), udp - 1}) {
            handlePairs.add(new long[] {h, 0});
            handlePairs.add(new long[] {transportEsp, h});
        }
    }

    private long both(AddSaRequest outbound, boolean udp) {
        AddSaRequest inbound = new AddSaRequest(outbound.filter(), outbound.tunnel(), Direction.INBOUND, outbound.securityAssociations());
        if (udp) {
            harness.addUdpEsp(inbound, 4500);
            return harness.addUdpEsp(outbound, 0);
        }
        harness.add(inbound);
        return harness.add(outbound);
    }

    private void seed(byte[] cleartext, long handle, long nextHandle) {
        TransmitResult sent = harness.transmit(cleartext, handle, nextHandle);
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        assertThat(harness.receive(sent.packet()).info().cryptoDone()).isTrue();
        corpus.add(cleartext);
        corpus.add(sent.packet());
        handlePairs.add(new long[] {handle, nextHandle});
    }

    private void check(byte[] packet) {
        for (long[] pair : handlePairs) {
            TransmitResult result = harness.transmit(packet, pair[0], pair[1]);
            assertThat(result.packet()).hasSameSizeAs(packet);
            if (result.status() != NdisStatus.SUCCESS.code()) {
                assertThat(result.status()).isEqualTo(NdisStatus.INVALID_PACKET.code());
                assertThat(result.packet()).isEqualTo(packet);
            }
        }
        ReceiveResult result = harness.receive(packet);
        ReceiveInfo info = result.info();
        assertThat(result.packet()).hasSameSizeAs(packet);
        assertThat(info.saDeleteReq()).isFalse();
        assertThat(info.cryptoStatus()).isBetween(0, 7).isNotEqualTo(CryptoStatus.GENERIC_ERROR.value());
        if (!info.cryptoDone()) {
            assertThat(info).isEqualTo(ReceiveInfo.UNPROCESSED);
            assertThat(result.packet()).isEqualTo(packet);
        } else if (!info.nextCryptoDone() && info.cryptoStatus() != 0) {
            assertThat(result.packet()).isEqualTo(packet);
        }
    }

    @Test
    @DisplayName("ROB-PKT-001, ROB-PKT-002: every single-byte change of valid packets, with every handle pair")
    void singleByteChanges() {
        for (byte[] original : corpus) {
            for (int i = 0; i < original.length; i++) {
                for (int value : new int[] {0, 0xFF, original[i] ^ 1, original[i] ^ 0x80, original[i] + 8}) {
                    byte[] changed = original.clone();
                    changed[i] = (byte) value;
                    check(changed);
                }
            }
        }
    }

    @Test
    @DisplayName("ROB-PKT-001, 11.6: changed and truncated inner datagrams inside correctly protected ESP and AH tunnels")
    void changedInnerDatagrams() {
        for (byte[] inner : innerCorpus) {
            for (int i = 0; i < inner.length; i++) {
                for (int value : new int[] {0, 0xFF, inner[i] ^ 1, inner[i] ^ 0x80}) {
                    byte[] changed = inner.clone();
                    changed[i] = (byte) value;
                    checkInTunnels(changed);
                }
            }
            for (int length = 0; length < inner.length; length++) {
                byte[] truncated = Arrays.copyOf(inner, length);
                checkInTunnels(truncated);
                if (length >= 4) {
                    Octets.put16(truncated, 2, length);
                    checkInTunnels(truncated);
                }
            }
        }
    }

    private void checkInTunnels(byte[] inner) {
        byte[] esp = Layouts.tunnelEsp(tunnelEsp, inner);
        Protect.esp(esp, 20, esp.length, tunnelEsp, Octets.counting(8, inner.length));
        check(esp);
        byte[] ah = Layouts.tunnelAh(tunnelAh, inner);
        Protect.ah(ah, 0, ah.length, tunnelAh);
        check(ah);
    }

    @Test
    @DisplayName("ROB-PKT-001, ROB-PKT-002: every truncation and extension of valid packets, with and without Total Length fixed")
    void truncationsAndExtensions() {
        for (byte[] original : corpus) {
            for (int length = 0; length < original.length + 24; length++) {
                byte[] resized = Arrays.copyOf(original, length);
                check(resized);
                if (length >= 4) {
                    Octets.put16(resized, 2, length);
                    check(resized);
                }
            }
        }
    }

    @Test
    @DisplayName("ROB-PKT-001, ROB-PKT-002: random byte strings shaped like IPv4 headers with IPsec protocols and known SPIs")
    void randomPackets() {
        Random random = new Random(20261126);
        int[] protocols = {Headers.AH, Headers.ESP, Headers.UDP, Headers.TCP};
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[random.nextInt(120)];
            random.nextBytes(b);
            if (b.length >= 28 && random.nextInt(4) > 0) {
                b[0] = (byte) (0x45 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0));
                Octets.put16(b, 2, b.length);
                b[6] = 0;
                b[7] = 0;
                b[9] = (byte) protocols[random.nextInt(protocols.length)];
                Octets.put32(b, 20 + 4 * random.nextInt(2), 0xE001 + random.nextInt(8));
            }
            check(b);
        }
    }

    @Test
    @DisplayName("ROB-PKT-001, ROB-PKT-002: a null packet is taken as the empty packet")
    void nullPackets() {
        assertThat(harness.dataPath().transmit(null, handlePairs.get(0)[0], 0).status()).isEqualTo(NdisStatus.INVALID_PACKET.code());
        assertThat(harness.dataPath().transmit(null, handlePairs.get(0)[0], 0).packet()).isEmpty();
        assertThat(harness.dataPath().receive(null).info()).isEqualTo(ReceiveInfo.UNPROCESSED);
        assertThat(harness.dataPath().receive(null).packet()).isEmpty();
    }
}
