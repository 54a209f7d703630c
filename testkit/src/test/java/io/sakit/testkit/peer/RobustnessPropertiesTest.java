package io.sakit.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The peer answers any bytes without throwing (ROB-PKT-001, ROB-PKT-002): truncated, extended and corrupted
 * protected packets and arbitrary byte strings; NextCryptoDone is never set without CryptoDone (RX-NXT-001).
 */
class RobustnessPropertiesTest {

    private static final Budget BUDGET = new Budget(500, 200);

    private record Damage(Scenario scenario, int cut, byte[] noise, int at) {
    }

    @Test
    void damagedPacketsAreAnsweredWithoutThrowing() {
        Gen<Damage> damages = BundleGenerators.anyScenario(Direction.INBOUND).zip(Gens.ints(0, 200), Gens.bytes(0, 8), Gens.ints(0, 200), Damage::new);
        Property.forAll(damages).withSeed(13_1001L).withBudget(BUDGET).check(damage -> {
            byte[] sent = damage.scenario().protectedPacket();
            byte[] damaged = Arrays.copyOf(sent, Math.max(0, sent.length - damage.cut()) + damage.noise().length);
            int at = Math.min(damage.at(), damaged.length - damage.noise().length);
            System.arraycopy(damage.noise(), 0, damaged, Math.max(0, at), damage.noise().length);
            ReceiveResult received = new Receiver(damage.scenario().bundles().outermostFirst(), DataPathFeatures.ALL).receive(damaged);
            assertThat(!received.info().nextCryptoDone() || received.info().cryptoDone()).isTrue();
            assertThat(received.packet()).hasSameSizeAs(damaged);
            int status = new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(damaged, damage.scenario().bundles()).status();
            assertThat(status).isIn(NdisStatus.SUCCESS.code(), NdisStatus.INVALID_PACKET.code());
        });
    }

    @Test
    void arbitraryBytesAreAnsweredWithoutThrowing() {
        Gen<Damage> noise = BundleGenerators.anyScenario(Direction.INBOUND).zip(Gens.bytes(0, 120), (s, bytes) -> new Damage(s, 0, bytes, 0));
        Property.forAll(noise).withSeed(13_1002L).withBudget(BUDGET).check(damage -> {
            byte[] bytes = damage.noise();
            if (bytes.length >= 4) {
                bytes[0] = 0x45;
                bytes[2] = 0;
                bytes[3] = (byte) bytes.length;
            }
            assertThat(new Receiver(damage.scenario().bundles().outermostFirst(), DataPathFeatures.ALL).receive(bytes).packet()).isEqualTo(bytes);
            new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(bytes, damage.scenario().bundles());
        });
    }
}
