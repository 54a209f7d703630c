package io.sakit.conformance.cases.cap;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.spec.capability.CapabilityCodec;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The advertisement and honesty cases: consistency, one case per request shape, structure before capability. */
public final class CapabilityCases implements CaseSource {

    private static final List<String> REFUSALS = List.of("CAP-HON-002", "CAP-HON-003", "CAP-HON-004", "CAP-HON-005", "CAP-HON-006");

    @Override
    public List<ConformanceCase> cases() {
        List<ConformanceCase> cases = new ArrayList<>();
        cases.add(new SimpleCase("CAP.advertisement.consistent", Family.CAP, "the advertised capabilities are consistent", List.of("CAP-ADV-001"),
                CapabilityCases::consistent));
        for (Shape shape : Shape.all()) {
            cases.add(new SimpleCase("CAP.accepted." + shape.name(), Family.CAP, "an advertised ADD_SA of shape " + shape.name() + " succeeds",
                    List.of("CAP-HON-001"), context -> accepted(context, shape)));
        }
        for (String requirement : REFUSALS) {
            cases.add(new SimpleCase("CAP.refused." + requirement, Family.CAP, "every request shape that " + requirement
                    + " covers is refused with NOT_SUPPORTED", List.of(requirement), context -> refused(context, requirement)));
        }
        cases.add(new SimpleCase("CAP.combined.integrity-pairs", Family.CAP, "AhEspCombined accepts every AH/ESP integrity pair Microsoft requires",
                List.of("CAP-ADV-002"), CapabilityCases::integrityPairs));
        cases.add(new SimpleCase("CAP.order.structure-before-capability", Family.CAP,
                "a malformed request for an unadvertised feature gets INVALID_DATA, not NOT_SUPPORTED", List.of("CAP-HON-007"),
                CapabilityCases::structureFirst));
        return cases;
    }

    private static void consistent(CaseContext context) {
        List<String> problems = CapabilityRules.inconsistencies(context.capabilities());
        if (!problems.isEmpty()) {
            throw new ConformanceFailure("CAP-ADV-001: the advertisement contradicts itself: " + String.join("; ", problems), "no contradiction",
                    problems.size() + " contradiction(s)");
        }
        IpsecOffloadV1 offload = context.capabilities().offload();
        if (!CapabilityCodec.decodeV1(CapabilityCodec.encodeV1(offload)).equals(offload)) {
            throw new ConformanceFailure("CAP-ADV-001: the advertisement is not expressible as NDIS_IPSEC_OFFLOAD_V1", "representable", "not representable");
        }
    }

    private static void accepted(CaseContext context, Shape shape) {
        AddSaRequest request = shape.request(0x1000, Filter.ANY);
        Optional<Rejection> refusal = CapabilityRules.refusal(request, context.capabilities().offload());
        if (refusal.isPresent()) {
            throw new NotApplicable("not advertised: " + refusal.get().reason());
        }
        Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(request), context.profile().abi());
        completion.expectStatus(NdisStatus.SUCCESS, "CAP-HON-001: " + shape.name() + " is advertised");
        if (completion.offloadHandle() == 0) {
            throw new ConformanceFailure("CAP-HON-001: SUCCESS without a handle", "a non-NULL OffloadHandle", "NULL");
        }
    }

    private static void refused(CaseContext context, String requirement) {
        int checked = 0;
        for (Shape shape : Shape.all()) {
            AddSaRequest request = shape.request(0x1000, Filter.ANY);
            Optional<Rejection> refusal = CapabilityRules.refusal(request, context.capabilities().offload());
            if (refusal.isPresent() && refusal.get().requirementId().equals(requirement)) {
                context.adapter().reset();
                Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(request), context.profile().abi())
                        .expectStatus(NdisStatus.NOT_SUPPORTED, requirement + ": " + shape.name() + " (" + refusal.get().reason() + ")");
                checked++;
            }
        }
        if (checked == 0) {
            throw new NotApplicable("the adapter advertises everything " + requirement + " would refuse");
        }
    }

    private static void integrityPairs(CaseContext context) {
        IpsecOffloadV1 offload = context.capabilities().offload();
        if (!offload.ahEspCombined()) {
            throw new NotApplicable("not advertised: AH_ESP_COMBINED");
        }
        List<Shape> pairs = Shape.all().stream().filter(Shape::isBundle)
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), offload).isEmpty()).toList();
        boolean cipher = offload.esp().des() || offload.esp().tripleDes();
        for (IntegrityAlgorithm ah : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
            for (IntegrityAlgorithm esp : cipher ? List.of(IntegrityAlgorithm.values()) : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
                Shape shape = pairs.stream().filter(s -> s.parameters().get(1).integrity() == ah && s.parameters().get(0).integrity() == esp).findFirst()
                        .orElseThrow(() -> new ConformanceFailure("CAP-ADV-002: no advertised mode, direction and cipher lets AH " + ah + " pair with ESP "
                                + esp, "the pair is usable", "no advertised bundle shape offers it"));
                int spi = 0x2000 + ah.ordinal() * 16 + esp.ordinal() * 2;
                context.adapter().reset();
                Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(shape.request(spi, Filter.ANY)), context.profile().abi())
                        .expectStatus(NdisStatus.SUCCESS, "CAP-ADV-002: bundle " + shape.name());
            }
        }
    }

    private static void structureFirst(CaseContext context) {
        IpsecOffloadV1 offload = context.capabilities().offload();
        Shape unadvertised = Shape.all().stream().filter(s -> !s.isBundle())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), offload).isPresent()).findFirst()
                .orElseThrow(() -> new NotApplicable("every request shape is advertised"));
        byte[] buffer = context.encoder().addSa(unadvertised.request(0x3000, Filter.ANY));
        Bytes.put16le(buffer, AddSaLayout.FLAGS, 3);
        Completion.send(context.adapter(), Oid.ADD_SA, buffer, context.profile().abi())
                .expectStatus(NdisStatus.INVALID_DATA, "CAP-HON-007: " + unadvertised.name() + " (unadvertised) with Flags 3 (malformed)");
    }
}
