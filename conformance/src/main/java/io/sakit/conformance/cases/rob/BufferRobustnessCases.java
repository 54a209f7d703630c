package io.sakit.conformance.cases.rob;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gens;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.SetResult;
import io.sakit.testkit.generate.RequestGenerators;
import java.util.List;
import java.util.Set;

/** Arbitrary and mutated information buffers for the four OIDs. */
public final class BufferRobustnessCases implements CaseSource {

    private static final Set<Integer> DEFINED = Set.of(NdisStatus.SUCCESS.code(), NdisStatus.INVALID_LENGTH.code(), NdisStatus.INVALID_DATA.code(),
            NdisStatus.NOT_SUPPORTED.code(), NdisStatus.RESOURCES.code());

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("ROB.generated.random-buffers", Family.ROB, "arbitrary bytes of any length get a defined status and change nothing",
                        List.of("ROB-BUF-001"), BufferRobustnessCases::randomBuffers),
                new SimpleCase("ROB.generated.mutated-buffers", Family.ROB, "valid buffers with random bytes changed get the reference model's answer",
                        List.of("ROB-BUF-001", "ADD-STS-001", "ADD-STS-002"), BufferRobustnessCases::mutatedBuffers));
    }

    private record RandomRequest(Oid oid, byte[] buffer) {
        @Override
        public String toString() {
            return oid + " with " + buffer.length + " bytes " + java.util.HexFormat.of().formatHex(buffer);
        }
    }

    private static void randomBuffers(CaseContext context) {
        Shape sentinel = Shape.all().stream().filter(s -> s.direction() == Direction.INBOUND && !s.isBundle())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no inbound single-SA shape is advertised"));
        AddSaRequest marker = sentinel.request(0x7A5, Filter.ANY);
        Generated.check(context, Gens.enumValues(Oid.class).zip(Gens.bytes(0, 260), RandomRequest::new), random -> {
            context.adapter().reset();
            long handle = add(context, marker);
            SetResult result = context.adapter().setInformation(random.oid().value(), random.buffer().clone());
            if (!DEFINED.contains(result.status())) {
                throw new ConformanceFailure("ROB-BUF-001: " + random.oid() + " with arbitrary bytes", "one of SUCCESS, INVALID_LENGTH, INVALID_DATA, "
                        + "NOT_SUPPORTED, RESOURCES", NdisStatus.describe(result.status()));
            }
            if (result.status() != NdisStatus.SUCCESS.code()) {
                expectOnlyMarker(context, handle, marker);
            }
        });
    }

    private static long add(CaseContext context, AddSaRequest request) {
        return Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(request), context.profile().abi())
                .expectStatus(NdisStatus.SUCCESS, "adding the marker SA").offloadHandle();
    }

    private static void expectOnlyMarker(CaseContext context, long handle, AddSaRequest marker) {
        Completion.send(context.adapter(), Oid.DELETE_SA, context.encoder().deleteSa(handle), context.profile().abi())
                .expectStatus(NdisStatus.SUCCESS, "ROB-BUF-001: the marker SA must survive a refused request");
        Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(marker), context.profile().abi())
                .expectStatus(NdisStatus.SUCCESS, "ROB-BUF-001: a refused request must not leave an SA behind");
    }

    private record Mutation(AddSaRequest request, int offset, int value) {
        @Override
        public String toString() {
            return "byte " + offset + " := 0x" + Integer.toHexString(value & 0xFF) + " in " + request;
        }
    }

    private static void mutatedBuffers(CaseContext context) {
        var mutations = RequestGenerators.addSaRequests().zip(Gens.ints(0, 263), Gens.ints(0, 255), Mutation::new);
        Generated.check(context, mutations, m -> {
            byte[] buffer = context.encoder().addSa(m.request());
            buffer[m.offset() % buffer.length] = (byte) m.value();
            context.adapter().reset();
            OffloadAdapter oracle = context.oracle();
            int expected = oracle.setInformation(Oid.ADD_SA.value(), buffer.clone()).status();
            int actual = context.adapter().setInformation(Oid.ADD_SA.value(), buffer.clone()).status();
            if (actual == expected) {
                return;
            }
            boolean bothFailed = expected != NdisStatus.SUCCESS.code() && actual != NdisStatus.SUCCESS.code();
            if (!bothFailed || !DEFINED.contains(actual)) {
                throw new ConformanceFailure("ROB-BUF-001: a mutated ADD_SA buffer", NdisStatus.describe(expected), NdisStatus.describe(actual));
            }
            context.acceptable("ADD-STS-002: a mutated request got " + NdisStatus.describe(actual) + " where the check order gives "
                    + NdisStatus.describe(expected));
        });
    }
}
