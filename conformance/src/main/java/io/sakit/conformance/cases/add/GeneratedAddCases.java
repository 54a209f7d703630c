package io.sakit.conformance.cases.add;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Fault;
import io.sakit.conformance.generated.CounterexampleVectors;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.requirement.Family;
import io.sakit.testkit.generate.RequestGenerators;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Generated ADD_SA cases: valid requests, single injected faults, bytes the adapter must ignore. */
public final class GeneratedAddCases implements CaseSource {

    private static final List<Fault> FAULTS = Fault.all();

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("ADD.generated.valid-requests", Family.ADD, "valid requests succeed with a handle, BytesRead and an untouched buffer",
                        List.of("ADD-OID-001", "ADD-LEN-005", "ADD-HDL-001", "ADD-ATM-002"), GeneratedAddCases::validRequests),
                new SimpleCase("ADD.generated.single-faults", Family.ADD, "a request with one injected fault gets exactly the status of that fault",
                        faultRequirements(), GeneratedAddCases::singleFaults),
                new SimpleCase("ADD.generated.longer-buffers", Family.ADD, "bytes past offsetof(KeyMat) + KeyLen are ignored and written back unchanged",
                        List.of("ADD-LEN-004"), GeneratedAddCases::longerBuffers),
                new SimpleCase("ADD.generated.unused-entries-ignored", Family.ADD, "SecAssoc entries beyond NumSAs never influence the result",
                        List.of("ADD-NUM-003"), GeneratedAddCases::unusedEntries),
                new SimpleCase("ADD.generated.rounds-and-reserved-ignored", Family.ADD, "algoRounds and the Reserved ALGO_INFO never influence the result",
                        List.of("ADD-ALG-007"), GeneratedAddCases::roundsAndReserved));
    }

    private static List<String> faultRequirements() {
        return java.util.stream.Stream.concat(FAULTS.stream().map(Fault::requirementId), java.util.stream.Stream.of("ADD-ATM-001", "ADD-ATM-002"))
                .distinct().sorted().toList();
    }

    private static void validRequests(CaseContext context) {
        Generated.check(context, RequestGenerators.addSaRequests(), request -> {
            context.adapter().reset();
            AddChecks.addValid(context, request);
        });
    }

    private record WithBytes(AddSaRequest request, byte[] bytes) {
        @Override
        public String toString() {
            return request + " with " + bytes.length + " bytes " + java.util.HexFormat.of().formatHex(bytes);
        }
    }

    private record WithInt(AddSaRequest request, int value) {
    }

    private record Faulty(AddSaRequest request, Fault fault) {
        @Override
        public String toString() {
            return fault + " in " + request;
        }
    }

    private static void singleFaults(CaseContext context) {
        Gen<Faulty> faulty = RequestGenerators.addSaRequests().zip(Gens.ints(0, FAULTS.size() - 1), (request, index) -> {
            List<Fault> applicable = FAULTS.stream().filter(f -> f.applies().test(request)).toList();
            return new Faulty(request, applicable.get(index % applicable.size()));
        });
        Abi abi = context.profile().abi();
        Generated.check(context, faulty, f -> {
            context.adapter().reset();
            byte[] buffer = f.fault().apply(context.encoder().addSa(f.request()), f.request(), abi);
            Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, buffer, abi);
            completion.expectStatus(f.fault().status(), f.fault().requirementId() + ": " + f.fault().name());
            if (f.fault().status() == NdisStatus.INVALID_LENGTH) {
                long required = buffer.length < AddSaLayout.ADD_SA.keyMaterial(abi) ? AddSaLayout.ADD_SA.keyMaterial(abi) : buffer.length + 1;
                completion.expectBytesNeeded(context.profile().bytesNeeded().bytesNeeded(required, buffer.length), f.fault().requirementId());
            }
            AddChecks.expectRefusedWriteBack(completion);
            try {
                AddChecks.addValid(context, f.request());
            } catch (ConformanceFailure trace) {
                throw new ConformanceFailure("ADD-ATM-001: after the refused request, the same request without the fault failed: " + trace.getMessage(),
                        trace.expected().orElse(null), trace.actual().orElse(null));
            }
        }, f -> {
            AddSaRequest shown = CounterexampleVectors.withPublicKeys(f.request());
            return Optional.of(CounterexampleVectors.oidRequest(context.profile(), Oid.ADD_SA, f.fault().apply(context.encoder().addSa(shown), shown, abi),
                    f.fault()));
        });
    }

    private static void longerBuffers(CaseContext context) {
        Generated.check(context, RequestGenerators.addSaRequests().zip(Gens.bytes(1, 32), WithBytes::new), pair -> {
            context.adapter().reset();
            AddSaRequest request = pair.request();
            byte[] tail = pair.bytes();
            byte[] valid = context.encoder().addSa(request);
            byte[] longer = Arrays.copyOf(valid, valid.length + tail.length);
            System.arraycopy(tail, 0, longer, valid.length, tail.length);
            sameAsValid(context, request, longer, "ADD-LEN-004: " + tail.length + " extra bytes after KeyMat");
        });
    }

    private static void unusedEntries(CaseContext context) {
        Generated.check(context, RequestGenerators.addSaRequests().zip(Gens.bytes(SaImage.SIZE), WithBytes::new), pair -> {
            context.adapter().reset();
            AddSaRequest request = pair.request();
            byte[] buffer = context.encoder().addSa(request);
            for (int i = request.securityAssociations().size(); i < AddSaLayout.MAX_SAS; i++) {
                System.arraycopy(pair.bytes(), 0, buffer, AddSaLayout.securityAssociation(i), SaImage.SIZE);
            }
            sameAsValid(context, request, buffer, "ADD-NUM-003: junk in the unused SecAssoc entries");
        });
    }

    private static void roundsAndReserved(CaseContext context) {
        Generated.check(context, RequestGenerators.addSaRequests().zip(Gens.anyInt(), WithInt::new), pair -> {
            context.adapter().reset();
            AddSaRequest request = pair.request();
            int junk = pair.value();
            byte[] buffer = context.encoder().addSa(request);
            for (int i = 0; i < request.securityAssociations().size(); i++) {
                int sa = AddSaLayout.securityAssociation(i);
                Bytes.put32le(buffer, sa + SaImage.INTEGRITY + 8, junk);
                Bytes.put32le(buffer, sa + SaImage.CONF + 8, ~junk);
                for (int k = 0; k < 12; k += 4) {
                    Bytes.put32le(buffer, sa + SaImage.RESERVED + k, junk + k);
                }
            }
            sameAsValid(context, request, buffer, "ADD-ALG-007: junk in algoRounds and Reserved");
        });
    }

    private static void sameAsValid(CaseContext context, AddSaRequest request, byte[] buffer, String what) {
        Abi abi = context.profile().abi();
        Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, buffer, abi);
        NdisStatus expected = AddChecks.refusal(context, request).isPresent() ? NdisStatus.NOT_SUPPORTED : NdisStatus.SUCCESS;
        completion.expectStatus(expected, what);
        if (expected == NdisStatus.SUCCESS) {
            completion.expectBytesRead(AddSaLayout.ADD_SA.keyMaterial(abi) + request.keyLength(), what);
            if (completion.offloadHandle() == 0) {
                throw new ConformanceFailure(what + ": SUCCESS without a handle", "a non-NULL OffloadHandle", "NULL");
            }
        }
        completion.expectUnchangedExcept(what, AddSaLayout.OFFLOAD_HANDLE, abi.handleSize());
    }
}
