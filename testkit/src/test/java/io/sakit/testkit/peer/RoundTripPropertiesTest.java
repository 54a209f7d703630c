package io.sakit.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Field;
import io.sakit.testkit.framing.FieldKind;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.generate.Shape;
import org.junit.jupiter.api.Test;

/**
 * unprotect(protect(p)) = p for every bundle shape and algorithm (SPEC.md 10.3, 10.4, 11.1, 11.4 to 11.6): the
 * receiver indicates CRYPTO_SUCCESS and the framed packet with only the IV and ICV fields as the sender wrote them.
 */
class RoundTripPropertiesTest {

    private static final Budget BUDGET = new Budget(400, 1000);

    @Test
    void everyShapeRoundTripsWithCryptoSuccess() {
        Property.forAll(BundleGenerators.anyScenario(Direction.INBOUND)).withSeed(11_4001L).withBudget(BUDGET).check(RoundTripPropertiesTest::roundTrips);
    }

    @Test
    void everyTransportOverTunnelPairRoundTripsWithNextCryptoDone() {
        var pairs = Gens.pick(Shape.plainTransport()).zip(Gens.pick(Shape.plainTunnel()), (t, u) -> new Shape[] {t, u})
                .flatMap(pair -> BundleGenerators.transportOverTunnel(pair[0], pair[1], Direction.INBOUND));
        Property.forAll(pairs).withSeed(11_6001L).withBudget(BUDGET).check(RoundTripPropertiesTest::roundTrips);
    }

    private static void roundTrips(Scenario scenario) {
        Framed framed = scenario.framed();
        TransmitResult sent = scenario.transmit();
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        ReceiveResult received = new Receiver(scenario.bundles().outermostFirst(), DataPathFeatures.ALL).receive(sent.packet());
        boolean twoLayers = scenario.bundles().next().isPresent();
        assertThat(received.info()).isEqualTo(twoLayers ? ReceiveInfo.processedBoth(CryptoStatus.SUCCESS) : ReceiveInfo.processed(CryptoStatus.SUCCESS));
        byte[] expected = framed.packet();
        for (Field field : framed.layout().fields()) {
            if (field.kind() != FieldKind.ENCRYPTED) {
                byte[] source = field.layer() == 0 ? sent.packet() : received.packet();
                System.arraycopy(source, field.span().offset(), expected, field.span().offset(), field.span().length());
            }
        }
        assertThat(received.packet()).as("the framed packet, IV and ICV fields as written").isEqualTo(expected);
    }
}
