package io.sakit.conformance.cases.flt;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.capability.Capability;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.spi.Classifier;
import io.sakit.testkit.generate.RequestGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Generated filter cases: random filters and tuples against the obviously correct predicate of SPEC.md 8.2. */
public final class GeneratedFilterCases implements CaseSource {

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("FLT.generated.single-filter", Family.FLT, "a random filter matches a random tuple exactly when SPEC.md 8.2 says",
                        List.of("FLT-MAT-001", "FLT-MAT-002", "FLT-MAT-003", "FLT-MAT-004", "FLT-MAT-005", "FLT-MAT-006"), GeneratedFilterCases::singleFilter),
                new SimpleCase("FLT.generated.classifier", Family.FLT, "the classifier returns exactly the live bundles of a direction whose filters match",
                        List.of("FLT-CLS-001"), GeneratedFilterCases::classifier),
                new SimpleCase("FLT.generated.overlapping-filters", Family.FLT, "bundles with overlapping filters are all accepted", List.of("FLT-MAT-008"),
                        GeneratedFilterCases::overlapping));
    }

    private record Probe(Filter filter, FlowKey flow) {
    }

    private static void singleFilter(CaseContext context) {
        Gen<Probe> probes = RequestGenerators.filters().zip(RequestGenerators.flows(), Probe::new);
        Generated.check(context, probes, probe -> {
            context.adapter().reset();
            FilterProbe.expect(context, probe.filter(), Optional.empty(), probe.flow(), probe.filter().matches(probe.flow()),
                    rule(probe.filter(), probe.flow()));
        });
    }

    /** Returns the matching rule of SPEC.md 8.2 that decides whether {@code f} matches {@code k}. */
    static String rule(Filter f, FlowKey k) {
        if (!Filter.addressMatches(f.sourceAddress(), f.sourceMask(), k.source())) {
            return addressRule(f.sourceMask());
        }
        if (!Filter.addressMatches(f.destinationAddress(), f.destinationMask(), k.destination())) {
            return addressRule(f.destinationMask());
        }
        if (f.protocol() != 0 && f.protocol() != k.protocol()) {
            return "FLT-MAT-004";
        }
        if (!f.matches(k)) {
            return "FLT-MAT-006";
        }
        if ((f.sourcePort() != 0 || f.destinationPort() != 0) && !FlowKey.hasPorts(k.protocol())) {
            return "FLT-MAT-005";
        }
        if (f.sourceAddress() != 0 && f.sourceMask() == 0 || f.destinationAddress() != 0 && f.destinationMask() == 0) {
            return "FLT-MAT-003";
        }
        return f.sourceAddress() == 0 || f.destinationAddress() == 0 ? "FLT-MAT-001" : "FLT-MAT-002";
    }

    private static String addressRule(int mask) {
        return mask == 0 ? "FLT-MAT-003" : "FLT-MAT-002";
    }

    private record Population(List<Filter> inbound, List<Filter> outbound, List<FlowKey> flows) {
    }

    private static void classifier(CaseContext context) {
        context.require(Capability.CLASSIFIER);
        Shape in = shape(context, Direction.INBOUND);
        Shape out = shape(context, Direction.OUTBOUND);
        int room = Math.max(1, Math.min(16, context.capabilities().saCapacity() / 4));
        Gen<Population> populations = Gens.lists(RequestGenerators.filters(), 0, room).zip(Gens.lists(RequestGenerators.filters(), 0, room),
                Gens.lists(RequestGenerators.flows(), 1, 8), Population::new);
        Generated.check(context, populations, p -> {
            context.adapter().reset();
            List<Long> inbound = install(context, in, p.inbound(), 0x100);
            List<Long> outbound = install(context, out, p.outbound(), 0x8000);
            Classifier classifier = context.adapter().classifier().orElseThrow(() -> new ConformanceFailure(
                    "FLT-CLS-001: the adapter declares the classifier but exposes none", "a classifier", "none"));
            for (FlowKey flow : p.flows()) {
                expectSet(classifier, Direction.INBOUND, flow, p.inbound(), inbound);
                expectSet(classifier, Direction.OUTBOUND, flow, p.outbound(), outbound);
            }
        });
    }

    private static Shape shape(CaseContext context, Direction direction) {
        return Shape.all().stream().filter(s -> s.direction() == direction && !s.isBundle())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no " + direction.name().toLowerCase(java.util.Locale.ROOT) + " single-SA shape is advertised"));
    }

    private static List<Long> install(CaseContext context, Shape shape, List<Filter> filters, int spiBase) {
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            AddSaRequest request = withFilter(shape.request(spiBase + 2 * i, Filter.ANY), filters.get(i));
            long handle = Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(request), context.profile().abi())
                    .expectStatus(NdisStatus.SUCCESS, "adding a bundle with " + filters.get(i)).offloadHandle();
            handles.add(handle);
        }
        return handles;
    }

    private static AddSaRequest withFilter(AddSaRequest request, Filter filter) {
        return new AddSaRequest(filter, Tunnel.NONE, request.direction(), request.securityAssociations());
    }

    private static void expectSet(Classifier classifier, Direction direction, FlowKey flow, List<Filter> filters, List<Long> handles) {
        TreeSet<Long> expected = new TreeSet<>();
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i).matches(flow)) {
                expected.add(handles.get(i));
            }
        }
        TreeSet<Long> actual = new TreeSet<>();
        Arrays.stream(classifier.matchingHandles(direction, flow)).forEach(actual::add);
        if (!expected.equals(actual)) {
            throw new ConformanceFailure("FLT-CLS-001: " + direction + " bundles matching " + flow, expected.toString(), actual.toString());
        }
    }

    private static void overlapping(CaseContext context) {
        Shape in = shape(context, Direction.INBOUND);
        int room = Math.max(1, Math.min(16, context.capabilities().saCapacity()));
        Gen<List<Filter>> overlapping = Gens.lists(RequestGenerators.filters(), 0, room - 1).map(filters -> {
            List<Filter> withAny = new ArrayList<>(filters);
            withAny.add(0, Filter.ANY);
            return withAny;
        });
        Generated.check(context, overlapping, filters -> {
            context.adapter().reset();
            install(context, in, filters, 0x200);
        });
    }
}
