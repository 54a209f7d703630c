package io.sakit.testkit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.model.Direction;
import io.sakit.testkit.framing.Field;
import io.sakit.testkit.framing.FieldKind;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Shape;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.IvSource;
import io.sakit.testkit.peer.Sender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TX-IV-001: 64 transmits of one packet carry 64 distinct IVs from a random source, and a fixed IV is caught. */
class IvRepetitionTest {

    @Test
    void randomIvsAreDistinctAndAFixedIvIsReported() {
        var nested = Gens.pick(Shape.plainTransport()).zip(Gens.pick(Shape.plainTunnel()), (t, u) -> new Shape[] {t, u})
                .flatMap(pair -> BundleGenerators.transportOverTunnel(pair[0], pair[1], Direction.OUTBOUND));
        Property.forAll(nested.mix(BundleGenerators.anyScenario(Direction.OUTBOUND))).withSeed(10_3101L).withBudget(new Budget(60, 100)).check(scenario -> {
            byte[] framed = scenario.framed().packet();
            Sender random = new Sender(IvSource.secureRandom(), DataPathFeatures.ALL);
            Sender fixed = new Sender(IvSource.fixedForKnownAnswerTests(new byte[8]), DataPathFeatures.ALL);
            List<byte[]> randomIvs = new ArrayList<>();
            List<byte[]> fixedIvs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                randomIvs.add(random.protect(framed, scenario.bundles()).packet());
                fixedIvs.add(fixed.protect(framed, scenario.bundles()).packet());
            }
            assertThat(IvRepetition.check(randomIvs, scenario.framed().layout(), scenario.bundles()).conforms()).isTrue();
            List<Field> ivFields = scenario.framed().layout().fields().stream().filter(f -> f.kind() == FieldKind.IV).toList();
            Verdict repeated = IvRepetition.check(fixedIvs, scenario.framed().layout(), scenario.bundles());
            assertThat(repeated.findings()).extracting(Finding::where).containsExactlyElementsOf(ivFields.stream().map(f -> List.of(f.span())).toList());
        });
    }
}
