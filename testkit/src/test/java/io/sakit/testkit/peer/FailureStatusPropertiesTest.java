package io.sakit.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.Field;
import io.sakit.testkit.framing.FieldKind;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.generate.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Flipping one bit of a protected packet inside what an ICV covers, past the cleartext fields that 11.2 to 11.4
 * examine first, gives the authentication failure of SPEC.md 11.4 for the layer and mode, with the layer's bytes as
 * received (RX-AH-002, RX-ESP-002, RX-BND-001); in the inner layer of transport over tunnel, the TRANSPORT status
 * with NextCryptoDone 1 and the outer layer decrypted (11.6, K10).
 */
class FailureStatusPropertiesTest {

    private static final Budget BUDGET = new Budget(400, 1000);

    private record Flip(Scenario scenario, int choice, int bit) {
    }

    private static Gen<Flip> flips(Gen<Scenario> scenarios) {
        return scenarios.zip(Gens.ints(0, Integer.MAX_VALUE), Gens.ints(0, 7), Flip::new);
    }

    @Test
    void aFlippedBitInTheOuterCoverageFailsAuthentication() {
        Property.forAll(flips(BundleGenerators.anyScenario(Direction.INBOUND))).withSeed(11_4002L).withBudget(BUDGET).check(flip -> {
            byte[] sent = flip.scenario().protectedPacket();
            LayerLayout outer = flip.scenario().framed().layout().layers().get(0);
            Bundle bundle = flip.scenario().bundles().outermostFirst().get(0);
            List<Integer> positions = authenticatedPositions(outer, bundle);
            byte[] corrupted = flipped(sent, positions.get(flip.choice() % positions.size()), flip.bit());
            ReceiveResult received = new Receiver(flip.scenario().bundles().outermostFirst(), DataPathFeatures.ALL).receive(corrupted);
            assertThat(received.info()).isEqualTo(ReceiveInfo.processed(authFailure(bundle)));
            assertThat(received.packet()).as("the packet as received").isEqualTo(corrupted);
        });
    }

    @Test
    void aFlippedBitInTheInnerCoverageFailsTheInnerLayerWithTheOuterDecrypted() {
        Gen<Scenario> nested = Gens.pick(Shape.plainTransport()).zip(Gens.pick(Shape.plainTunnel()), (t, u) -> new Shape[] {t, u})
                .flatMap(pair -> BundleGenerators.transportOverTunnel(pair[0], pair[1], Direction.INBOUND));
        Property.forAll(flips(nested)).withSeed(11_6002L).withBudget(BUDGET).check(flip -> {
            Scenario scenario = flip.scenario();
            Bundle tunnel = scenario.bundles().next().orElseThrow();
            List<LayerLayout> layers = scenario.framed().layout().layers();
            byte[] innerCorrupted = outerDecrypted(scenario.protectedPacket(), layers.get(0), tunnel);
            List<Integer> positions = authenticatedPositions(layers.get(1), scenario.bundles().offload());
            innerCorrupted = flipped(innerCorrupted, positions.get(flip.choice() % positions.size()), flip.bit());
            byte[] resent = new Sender(IvSource.seededForTests(flip.choice()), DataPathFeatures.ALL).protect(innerCorrupted, Bundles.of(tunnel)).packet();
            ReceiveResult received = new Receiver(scenario.bundles().outermostFirst(), DataPathFeatures.ALL).receive(resent);
            assertThat(received.info()).isEqualTo(ReceiveInfo.processedBoth(authFailure(scenario.bundles().offload())));
            byte[] expected = innerCorrupted.clone();
            for (Field field : scenario.framed().layout().fields()) {
                if (field.layer() == 0 && field.kind() != FieldKind.ENCRYPTED) {
                    System.arraycopy(resent, field.span().offset(), expected, field.span().offset(), field.span().length());
                }
            }
            assertThat(received.packet()).as("outer layer decrypted, inner layer as received").isEqualTo(expected);
        });
    }

    /** Returns the positions an ICV covers whose change no earlier step notices: neither eligibility, lookup nor 11.4 steps 1 to 5. */
    static List<Integer> authenticatedPositions(LayerLayout layer, Bundle bundle) {
        List<Integer> positions = new ArrayList<>();
        if (bundle.ah().isPresent()) {
            int h = layer.header();
            int a = layer.ah().orElseThrow().offset();
            positions.addAll(List.of(h + 4, h + 5, h + 12, h + 13, h + 14, h + 15, a + 2, a + 3));
            IntStream.range(a + 8, layer.end()).forEach(positions::add);
            layer.esp().ifPresent(esp -> positions.removeAll(List.of(esp.offset(), esp.offset() + 1, esp.offset() + 2, esp.offset() + 3)));
        } else {
            EspFields esp = layer.esp().orElseThrow();
            IntStream.range(esp.offset() + 4, layer.end()).forEach(positions::add);
        }
        return positions;
    }

    static CryptoStatus authFailure(Bundle bundle) {
        if (bundle.ah().isPresent()) {
            return bundle.isTunnel() ? CryptoStatus.TUNNEL_AH_AUTH_FAILED : CryptoStatus.TRANSPORT_AH_AUTH_FAILED;
        }
        return bundle.isTunnel() ? CryptoStatus.TUNNEL_ESP_AUTH_FAILED : CryptoStatus.TRANSPORT_ESP_AUTH_FAILED;
    }

    static byte[] flipped(byte[] packet, int position, int bit) {
        byte[] copy = packet.clone();
        copy[position] ^= (byte) (1 << bit);
        return copy;
    }

    private static byte[] outerDecrypted(byte[] packet, LayerLayout outer, Bundle tunnel) {
        byte[] copy = packet.clone();
        if (tunnel.esp().isPresent()) {
            SecurityAssociation esp = tunnel.esp().get();
            EspFields fields = outer.esp().orElseThrow();
            byte[] iv = Arrays.copyOfRange(copy, fields.iv().offset(), fields.iv().end());
            EspCipher.decrypt(esp.parameters().conf(), esp.confKey(), iv, copy, fields.encrypted());
        }
        return copy;
    }
}
