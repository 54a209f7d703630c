package io.sakit.reference.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Property;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.transform.IvSource;
import io.sakit.spec.model.Direction;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Receiver;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reference implementation's transforms agree with an independent computation: the software peer of the
 * testkit, written separately on the JDK's own providers (SunJCE) where the reference uses BouncyCastle for
 * ciphers. On generated bundles of every shape and generated packets, both directions give the same status,
 * per-packet information and bytes.
 */
class PeerCrossCheckTest {

    private static final Budget BUDGET = new Budget(600, 2000);

    @Test
    void transmitGivesThePeersBytesForTheSameIvs() {
        Property.forAll(BundleGenerators.anyScenario(Direction.OUTBOUND)).withSeed(0x7C_0001L).withBudget(BUDGET).check(scenario -> {
            Harness reference = new Harness(Harness.EVERYTHING, seeded(scenario.ivSeed()));
            long handle = install(reference, scenario.bundles().offload());
            long next = scenario.bundles().next().map(tunnel -> install(reference, tunnel)).orElse(0L);
            TransmitResult expected = scenario.transmit();
            TransmitResult actual = reference.transmit(scenario.framed().packet(), handle, next);
            assertThat(actual.status()).isEqualTo(expected.status());
            assertThat(actual.packet()).isEqualTo(expected.packet());
        });
    }

    @Test
    void receiveGivesThePeersResult() {
        Property.forAll(BundleGenerators.anyScenario(Direction.INBOUND)).withSeed(0x7C_0002L).withBudget(BUDGET).check(scenario -> {
            Harness reference = new Harness(Harness.EVERYTHING, Harness.FIXED_IV);
            scenario.bundles().outermostFirst().forEach(bundle -> install(reference, bundle));
            byte[] packet = scenario.protectedPacket();
            ReceiveResult expected = new Receiver(scenario.bundles().outermostFirst(), DataPathFeatures.ALL).receive(packet.clone());
            ReceiveResult actual = reference.receive(packet);
            assertThat(actual.info()).isEqualTo(expected.info());
            assertThat(actual.packet()).isEqualTo(expected.packet());
        });
    }

    private static long install(Harness reference, Bundle bundle) {
        return bundle.isUdpEsp() ? reference.addUdpEsp(bundle.request(), bundle.encapsulationPort()) : reference.add(bundle.request());
    }

    /** Draws IVs as the peer's seeded source does: eight bytes of {@code new Random(seed)} per IV, in order. */
    private static IvSource seeded(long seed) {
        Random random = new Random(seed);
        return (target, offset) -> {
            byte[] iv = new byte[IvSource.IV_LENGTH];
            random.nextBytes(iv);
            System.arraycopy(iv, 0, target, offset, iv.length);
        };
    }
}
