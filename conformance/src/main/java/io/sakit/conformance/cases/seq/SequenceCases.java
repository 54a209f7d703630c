package io.sakit.conformance.cases.seq;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Fault;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.conformance.sequence.Command;
import io.sakit.conformance.sequence.Divergence;
import io.sakit.conformance.sequence.PeerDataPathSteps;
import io.sakit.conformance.sequence.SequenceRunner;
import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.property.PropertyResult;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.Filter;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import io.sakit.testkit.generate.RequestGenerators;
import java.util.ArrayList;
import java.util.List;

/** The differential sequence case and the reset case. */
public final class SequenceCases implements CaseSource {

    private static final List<Fault> FAULTS = Fault.all();
    private static final int MAX_LENGTH = 24;

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("SEQ.generated.differential", Family.SEQ, "random operation sequences agree step by step with the reference model",
                        List.of("SEQ-DIF-001"), SequenceCases::differential),
                new SimpleCase("SEQ.state.reset", Family.SEQ, "reset removes every SA and parser entry and frees the whole capacity",
                        List.of("SEQ-RST-001"), SequenceCases::reset));
    }

    static Gen<Command> commands() {
        Gen<Command> add = RequestGenerators.addSaRequests().map(Command.Add::new);
        Gen<Command> faulty = RequestGenerators.addSaRequests().zip(Gens.ints(0, FAULTS.size() - 1), (request, index) -> {
            List<Fault> applicable = FAULTS.stream().filter(f -> f.applies().test(request)).toList();
            return (Command) new Command.AddFaulty(request, applicable.get(index % applicable.size()));
        });
        Gen<Command> delete = Gens.ints(0, 7).map(Command.Delete::new);
        Gen<Command> bogus = Gens.longs(0x7000_0000L, 0x7FFF_FFFFL).map(Command.DeleteBogus::new);
        Gen<Command> reset = Gens.constant(new Command.Reset());
        Gen<Command> transmit = Gens.ints(0, 7).zip(Gens.ints(0, 96), Gens.anyInt(), Command.Transmit::new);
        Gen<Command> receive = Gens.ints(0, 7).zip(Gens.ints(0, 96), Gens.anyInt(), Gens.frequency(List.of(new Gens.Weighted<>(3, Gens.constant(-1)),
                new Gens.Weighted<>(1, Gens.ints(0, 4000)))), Command.Receive::new);
        return Gens.frequency(List.of(new Gens.Weighted<>(6, add), new Gens.Weighted<>(2, faulty), new Gens.Weighted<>(3, delete), new Gens.Weighted<>(1, bogus),
                new Gens.Weighted<>(1, reset), new Gens.Weighted<>(4, transmit), new Gens.Weighted<>(4, receive)));
    }

    private static void differential(CaseContext context) {
        SequenceRunner runner = new SequenceRunner(context.adapter(), context.oracle(), context.profile(), new PeerDataPathSteps());
        Budget budget = new Budget(context.budget().sequences(), context.budget().shrinkCycles());
        PropertyResult<List<Command>> result = Property.forAll(Gens.lists(commands(), 1, MAX_LENGTH)).withSeed(context.seed()).withBudget(budget)
                .run(sequence -> runner.run(sequence).ifPresent(d -> {
                    throw new ConformanceFailure("diverges", null, null);
                }));
        if (result instanceof PropertyResult.Passed<List<Command>> passed) {
            context.examples(passed.examples());
            return;
        }
        List<Command> failing = result.falsifiedBy().orElseThrow().value();
        Divergence divergence = runner.minimize(failing);
        context.examples(result.falsifiedBy().get().examplesTried());
        throw new ConformanceFailure("SEQ-DIF-001: step " + (divergence.step() + 1) + " of " + divergence.sequence().size()
                + " diverges from the reference model (seed " + context.seed() + "):\n" + divergence.describe(), divergence.reference().text(),
                divergence.adapter().text());
    }

    private static void reset(CaseContext context) {
        Shape shape = Shape.all().stream().filter(s -> !s.isBundle())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no single-SA shape is advertised"));
        int capacity = context.capabilities().saCapacity();
        if (capacity > io.sakit.conformance.cases.cap.CapacityCases.FILL_LIMIT) {
            throw new NotApplicable("the declared capacity " + capacity + " is beyond what one case fills");
        }
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < Math.min(capacity, 8); i++) {
            before.add(add(context, shape, 0x100 + 4 * i).expectStatus(NdisStatus.SUCCESS, "adding before the reset").offloadHandle());
        }
        context.adapter().reset();
        for (long handle : before) {
            Completion.send(context.adapter(), Oid.DELETE_SA, context.encoder().deleteSa(handle), context.profile().abi())
                    .expectStatus(NdisStatus.INVALID_DATA, "SEQ-RST-001: deleting a handle from before the reset");
        }
        for (int i = 0; i < capacity; i++) {
            add(context, shape, 0x100 + 4 * i).expectStatus(NdisStatus.SUCCESS, "SEQ-RST-001: add " + (i + 1) + " of the full capacity " + capacity
                    + " after the reset");
        }
    }

    private static Completion add(CaseContext context, Shape shape, int spi) {
        return Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(shape.request(spi, Filter.ANY)), context.profile().abi());
    }
}
