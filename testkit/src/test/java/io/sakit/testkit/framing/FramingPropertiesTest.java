package io.sakit.testkit.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Property;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.SaParameters;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.packet.Checksum;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.LayoutResult;
import io.sakit.testkit.peer.TransmitLayout;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The framer places every field where SPEC.md 9.3 to 9.5 say, for every bundle shape: checked here by walking the
 * bytes with offsets computed from the specification, not from the framer's own layout, which must agree.
 */
class FramingPropertiesTest {

    private static final Budget BUDGET = new Budget(600, 1000);
    private static final long SEED = 95_1001L;

    @Test
    void everyFieldIsWhereSection95PutsIt() {
        Property.forAll(BundleGenerators.anyScenario(Direction.OUTBOUND)).withSeed(SEED).withBudget(BUDGET).check(scenario -> {
            Framed framed = scenario.framed();
            byte[] packet = framed.packet();
            byte[] plain = scenario.plain().bytes();
            if (scenario.bundles().next().isPresent()) {
                byte[] inner = new Framer(scenario.options()).frame(plain, Bundles.of(scenario.bundles().offload())).packet();
                int innerStart = checkLayer(packet, 0, packet.length, scenario.bundles().next().get(), inner, scenario);
                checkLayer(packet, innerStart, innerStart + inner.length, scenario.bundles().offload(), plain, scenario);
            } else {
                checkLayer(packet, 0, packet.length, scenario.bundles().offload(), plain, scenario);
            }
        });
    }

    @Test
    void theLayoutDescriptionAgreesWithTheTransmitLayoutChecks() {
        Property.forAll(BundleGenerators.anyScenario(Direction.OUTBOUND)).withSeed(SEED + 1).withBudget(BUDGET).check(scenario -> {
            Framed framed = scenario.framed();
            LayoutResult read = TransmitLayout.read(framed.packet(), scenario.bundles(), DataPathFeatures.ALL);
            assertThat(read).isEqualTo(new LayoutResult.Accepted(framed.layout()));
        });
    }

    /** Checks one layer over [h, e) that protects {@code datagram}; returns where the protected datagram or data starts. */
    private static int checkLayer(byte[] packet, int h, int e, Bundle bundle, byte[] datagram, Scenario scenario) {
        FrameOptions options = scenario.options();
        int headerLength = Ipv4Rules.headerLength(packet, h);
        assertThat(Ipv4Rules.wellFormed(packet, h, e)).as("IPv4 header at %d well-formed, Total Length = e - h", h).isTrue();
        assertThat(Checksum.of(packet, h, headerLength)).as("header checksum").isZero();
        int datagramHeader = Ipv4Rules.headerLength(datagram, 0);
        if (bundle.isTunnel()) {
            assertThat(Ipv4Rules.source(packet, h)).isEqualTo(bundle.request().tunnel().source());
            assertThat(Ipv4Rules.destination(packet, h)).isEqualTo(bundle.request().tunnel().destination());
        } else {
            byte[] expected = Arrays.copyOf(datagram, datagramHeader);
            byte[] actual = Arrays.copyOfRange(packet, h, h + headerLength);
            for (int field : new int[] {2, 3, 9, 10, 11}) {
                expected[field] = actual[field];
            }
            assertThat(actual).as("transport header: the datagram's own, but Protocol, Total Length and checksum").isEqualTo(expected);
        }
        int nextHeader = bundle.isTunnel() ? 4 : Ipv4Rules.protocol(datagram, 0);
        byte[] data = bundle.isTunnel() ? datagram : Arrays.copyOfRange(datagram, datagramHeader, datagram.length);
        int p = h + headerLength;
        int q = p;
        if (bundle.isUdpEsp()) {
            assertThat(Ipv4Rules.protocol(packet, h)).isEqualTo(17);
            assertThat(new int[] {Wire.u16(packet, p), Wire.u16(packet, p + 2), Wire.u16(packet, p + 4), Wire.u16(packet, p + 6)})
                    .containsExactly(options.udpSourcePort(), bundle.encapsulationPort(), e - p, 0);
            q = p + 8;
        }
        if (bundle.ah().isPresent()) {
            assertThat(Ipv4Rules.protocol(packet, h)).isEqualTo(51);
            assertThat(Wire.u8(packet, p)).as("AH Next Header").isEqualTo(bundle.esp().isPresent() ? 50 : nextHeader);
            assertThat(new int[] {Wire.u8(packet, p + 1), Wire.u16(packet, p + 2), Wire.u32(packet, p + 4), Wire.u32(packet, p + 8)})
                    .containsExactly(4, 0, bundle.ah().get().parameters().spi(), options.sequence());
            assertPlaceholder(packet, p + 12, 12, options);
            q = p + 24;
            if (bundle.esp().isEmpty()) {
                assertThat(Arrays.copyOfRange(packet, q, e)).as("AH protects the data as it is").isEqualTo(data);
                return q;
            }
        } else if (!bundle.isUdpEsp()) {
            assertThat(Ipv4Rules.protocol(packet, h)).isEqualTo(50);
        }
        return checkEsp(packet, q, e, bundle.esp().orElseThrow().parameters(), data, nextHeader, options);
    }

    private static int checkEsp(byte[] packet, int q, int e, SaParameters esp, byte[] data, int nextHeader, FrameOptions options) {
        assertThat(new int[] {Wire.u32(packet, q), Wire.u32(packet, q + 4)}).containsExactly(esp.spi(), options.sequence());
        int ivLength = esp.conf().ivLength();
        int icvLength = esp.integrity().icvLength();
        assertPlaceholder(packet, q + 8, ivLength, options);
        int r = q + 8 + ivLength;
        int length = e - icvLength - r;
        assertThat(length % esp.conf().alignment()).as("R is a multiple of the alignment").isZero();
        assertThat(Arrays.copyOfRange(packet, r, r + data.length)).as("payload at r").isEqualTo(data);
        int padLength = Wire.u8(packet, r + length - 2);
        assertThat(data.length + padLength + 2).isEqualTo(length);
        assertThat(padLength - options.extraPadding()).as("minimal padding plus the extra").isBetween(0, esp.conf().alignment() - 1);
        for (int i = 0; i < padLength; i++) {
            assertThat(Wire.u8(packet, r + data.length + i)).as("padding byte %d", i).isEqualTo(i + 1);
        }
        assertThat(Wire.u8(packet, r + length - 1)).as("ESP Next Header").isEqualTo(nextHeader);
        assertPlaceholder(packet, e - icvLength, icvLength, options);
        return r;
    }

    private static void assertPlaceholder(byte[] packet, int offset, int length, FrameOptions options) {
        for (int i = offset; i < offset + length; i++) {
            assertThat(Wire.u8(packet, i)).as("placeholder at %d", i).isEqualTo(options.placeholder());
        }
    }
}
