package io.sakit.testkit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.Field;
import io.sakit.testkit.framing.FieldKind;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.framing.PacketLayout;
import io.sakit.testkit.framing.Span;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.generate.Shape;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.EspCipher;
import io.sakit.testkit.peer.IvSource;
import io.sakit.testkit.peer.Sender;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The verifier accepts what a conforming transmit produces and rejects, with the right requirement and offset, a
 * changed byte outside the IV, encrypted-region and ICV fields (TX-FRM-001), a wrong ICV (TX-AH-001, TX-ESP-001,
 * TX-ESP-002) and a ciphertext that does not decrypt to the framed plaintext (TX-ESP-001, TX-ESP-002).
 */
class TransmitVerifierPropertiesTest {

    private static final Budget BUDGET = new Budget(400, 1000);
    private static final TransmitVerifier VERIFIER = new TransmitVerifier();

    private record Mutation(Scenario scenario, int choice, int delta) {
    }

    private static Gen<Mutation> mutations() {
        return BundleGenerators.anyScenario(Direction.OUTBOUND).zip(Gens.ints(0, Integer.MAX_VALUE), Gens.ints(1, 255), Mutation::new);
    }

    private static <T> Property<T> forAll(Gen<T> generator, long seed) {
        return Property.forAll(generator).withSeed(seed).withBudget(BUDGET);
    }

    @Test
    void whatAConformingTransmitProducesConforms() {
        forAll(BundleGenerators.anyScenario(Direction.OUTBOUND), 10_3001L).check(scenario -> {
            Verdict verdict = VERIFIER.verify(scenario.framed().packet(), scenario.protectedPacket(), scenario.bundles());
            assertThat(verdict.conforms()).as(verdict.report()).isTrue();
        });
    }

    @Test
    void aChangedByteOutsideTheFieldsBreaksTxFrm001AtThatOffset() {
        forAll(mutations(), 10_3002L).check(m -> {
            PacketLayout layout = m.scenario().framed().layout();
            List<Integer> outside = IntStream.range(0, layout.length()).filter(i -> !layout.mayChange(i)).boxed().toList();
            int offset = outside.get(m.choice() % outside.size());
            byte[] transmitted = m.scenario().protectedPacket();
            transmitted[offset] ^= (byte) m.delta();
            Verdict verdict = VERIFIER.verify(m.scenario().framed().packet(), transmitted, m.scenario().bundles());
            assertThat(verdict.findings()).contains(new Finding("TX-FRM-001", -1, "bytes outside the IV, encrypted-region and ICV fields changed",
                    List.of(new Span(offset, 1))));
        });
    }

    @Test
    void aWrongOuterIcvBreaksTheLayersIntegrityRequirement() {
        forAll(mutations(), 10_3003L).check(m -> {
            List<Field> icvs = m.scenario().framed().layout().fields().stream()
                    .filter(f -> f.layer() == 0 && (f.kind() == FieldKind.AH_ICV || f.kind() == FieldKind.ESP_ICV)).toList();
            Field field = icvs.get(m.choice() % icvs.size());
            byte[] transmitted = m.scenario().protectedPacket();
            transmitted[field.span().offset() + m.choice() % field.span().length()] ^= (byte) m.delta();
            Verdict verdict = VERIFIER.verify(m.scenario().framed().packet(), transmitted, m.scenario().bundles());
            Bundle outer = m.scenario().bundles().outermostFirst().get(0);
            assertThat(verdict.findings()).anySatisfy(finding -> {
                assertThat(finding.requirement()).isEqualTo(field.kind() == FieldKind.AH_ICV ? "TX-AH-001" : espRequirement(outer));
                assertThat(finding.layer()).isZero();
                assertThat(finding.where()).containsExactly(field.span());
            });
            assertThat(verdict.breaks("TX-FRM-001")).isFalse();
        });
    }

    @Test
    void aWrongInnerIcvBreaksTheInnerLayersIntegrityRequirement() {
        Gen<Mutation> nested = Gens.pick(Shape.plainTransport()).zip(Gens.pick(Shape.plainTunnel()), (t, u) -> new Shape[] {t, u})
                .flatMap(pair -> BundleGenerators.transportOverTunnel(pair[0], pair[1], Direction.OUTBOUND))
                .zip(Gens.ints(0, Integer.MAX_VALUE), Gens.ints(1, 255), Mutation::new);
        forAll(nested, 10_3006L).check(m -> {
            Bundle tunnel = m.scenario().bundles().next().orElseThrow();
            PacketLayout layout = m.scenario().framed().layout();
            List<Field> icvs = layout.fields().stream().filter(f -> f.layer() == 1 && (f.kind() == FieldKind.AH_ICV || f.kind() == FieldKind.ESP_ICV)).toList();
            Field field = icvs.get(m.choice() % icvs.size());
            byte[] inner = m.scenario().protectedPacket();
            tunnel.esp().ifPresent(esp -> {
                EspFields fields = layout.layers().get(0).esp().orElseThrow();
                EspCipher.decrypt(esp.parameters().conf(), esp.confKey(), Arrays.copyOfRange(inner, fields.iv().offset(), fields.iv().end()), inner, fields.encrypted());
            });
            inner[field.span().offset() + m.choice() % field.span().length()] ^= (byte) m.delta();
            byte[] transmitted = new Sender(IvSource.seededForTests(m.choice()), DataPathFeatures.ALL).protect(inner, Bundles.of(tunnel)).packet();
            Verdict verdict = VERIFIER.verify(m.scenario().framed().packet(), transmitted, m.scenario().bundles());
            Bundle transport = m.scenario().bundles().offload();
            assertThat(verdict.findings()).as(verdict.report()).anySatisfy(finding -> {
                assertThat(finding.requirement()).isEqualTo(field.kind() == FieldKind.AH_ICV ? "TX-AH-001" : espRequirement(transport));
                assertThat(finding.layer()).isEqualTo(1);
                assertThat(finding.where()).containsExactly(field.span());
            });
            assertThat(verdict.findings()).allMatch(finding -> finding.layer() == 1);
        });
    }

    @Test
    void aRegionThatDoesNotDecryptToThePlaintextBreaksTheEspRequirement() {
        Gen<Mutation> withEsp = mutations().map(m -> m.scenario().bundles().outermostFirst().stream().anyMatch(b -> b.esp().isPresent()) ? m
                : new Mutation(m.scenario(), -1, m.delta()));
        forAll(withEsp, 10_3004L).check(m -> {
            if (m.choice() < 0) {
                return;
            }
            Framed framed = m.scenario().framed();
            Field region = deepestRegion(framed.layout());
            List<Integer> offsets = IntStream.range(region.span().offset(), region.span().end())
                    .filter(i -> framed.layout().fields().stream().noneMatch(f -> f.layer() > region.layer() && f.span().contains(i))).boxed().toList();
            int offset = offsets.get(m.choice() % offsets.size());
            byte[] altered = framed.packet();
            altered[offset] ^= (byte) m.delta();
            TransmitResult sent = new Sender(IvSource.seededForTests(m.choice()), DataPathFeatures.ALL).protect(altered, m.scenario().bundles());
            // an altered inner header can make the layout untransmittable; such examples prove nothing
            if (sent.status() != NdisStatus.SUCCESS.code()) {
                return;
            }
            byte[] transmitted = sent.packet();
            Verdict verdict = VERIFIER.verify(framed.packet(), transmitted, m.scenario().bundles());
            Bundle bundle = m.scenario().bundles().outermostFirst().get(region.layer());
            assertThat(verdict.findings()).as(verdict.report()).containsExactly(new Finding(espRequirement(bundle), region.layer(),
                    "encrypted region does not decrypt under the SA's key and the packet's IV to the framed plaintext", List.of(new Span(offset, 1))));
        });
    }

    @Test
    void aChangedLengthBreaksTxFrm001() {
        forAll(BundleGenerators.anyScenario(Direction.OUTBOUND), 10_3005L).check(scenario -> {
            byte[] longer = java.util.Arrays.copyOf(scenario.protectedPacket(), scenario.framed().packet().length + 1);
            Verdict verdict = VERIFIER.verify(scenario.framed().packet(), longer, scenario.bundles());
            assertThat(verdict.breaks("TX-FRM-001")).isTrue();
            assertThat(verdict.report()).contains("length changed");
        });
    }

    private static Field deepestRegion(PacketLayout layout) {
        List<Field> regions = layout.fields().stream().filter(f -> f.kind() == FieldKind.ENCRYPTED).toList();
        return regions.get(regions.size() - 1);
    }

    private static String espRequirement(Bundle bundle) {
        return bundle.esp().orElseThrow().parameters().conf() == ConfAlgorithm.NONE ? "TX-ESP-002" : "TX-ESP-001";
    }
}
