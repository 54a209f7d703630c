package io.sakit.conformance.cases.add;

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
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ADD_SA cases that need state: unique handles, duplicate inbound SAs, and OIDs the adapter does not know. */
public final class StateAddCases implements CaseSource {

    private static final int[] UNKNOWN_OIDS = {0, 0xFFFFFFFF, 0xFC010201, 0xFC010204, 0xFC01020C, 0xFC030202, 0xFC030203, 0x0101010A};

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("ADD.state.handles-unique", Family.ADD, "handles of live bundles never collide, also after deletes",
                        List.of("ADD-HDL-002"), StateAddCases::handlesUnique),
                new SimpleCase("ADD.state.duplicate-inbound", Family.ADD,
                        "a second inbound SA with the same SPI, protocol and lookup destination is refused; outbound SPIs may repeat",
                        List.of("ADD-DUP-001", "ADD-DUP-002"), StateAddCases::duplicates),
                new SimpleCase("ADD.state.unknown-oids", Family.ADD, "set requests for other OIDs get INVALID_OID and change nothing",
                        List.of("ADD-OID-002"), StateAddCases::unknownOids));
    }

    private static Shape supported(CaseContext context, Direction direction) {
        return Shape.all().stream().filter(s -> s.direction() == direction && !s.tunnel())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no transport " + direction.name().toLowerCase(java.util.Locale.ROOT) + " shape is advertised"));
    }

    private static void handlesUnique(CaseContext context) {
        Shape shape = supported(context, Direction.INBOUND);
        int room = Math.max(1, Math.min(24, context.capabilities().saCapacity() / shape.parameters().size()));
        Generated.check(context, Gens.lists(Gens.booleans(), 1, 3 * room), deletes -> {
            context.adapter().reset();
            List<Long> live = new java.util.ArrayList<>();
            int spi = 0x100;
            for (boolean delete : deletes) {
                if (delete && !live.isEmpty()) {
                    long handle = live.remove(live.size() - 1);
                    Completion.send(context.adapter(), Oid.DELETE_SA, context.encoder().deleteSa(handle), context.profile().abi())
                            .expectStatus(NdisStatus.SUCCESS, "deleting a live bundle");
                } else if (live.size() < room) {
                    long handle = AddChecks.addValid(context, shape.request(spi, Filter.ANY)).offloadHandle();
                    spi += 2;
                    if (live.contains(handle)) {
                        throw new ConformanceFailure("ADD-HDL-002: handle 0x" + Long.toHexString(handle) + " was returned while a bundle with it is live",
                                "a handle unlike every live one", "0x" + Long.toHexString(handle));
                    }
                    live.add(handle);
                }
            }
        });
    }

    private static void duplicates(CaseContext context) {
        Shape inbound = supported(context, Direction.INBOUND);
        int host = Ipv4.parse("10.9.8.7");
        Filter exact = new Filter(0, 0, host, -1, 0, 0, 0);
        Filter zeroMask = new Filter(0, 0, host, 0, 0, 0, 0);
        Filter subnet = new Filter(0, 0, host, Ipv4.parse("255.255.255.0"), 0, 0, 0);
        context.requireRoom(6 * inbound.parameters().size(), 0);
        AddChecks.addValid(context, inbound.request(0x500, exact));
        expectDuplicate(context, inbound.request(0x500, zeroMask), "the same host destination given with mask 0");
        AddChecks.addValid(context, inbound.request(0x500, subnet));
        expectDuplicate(context, inbound.request(0x500, Filter.ANY), "the wildcard destination again (a subnet filter has the wildcard too)");
        AddChecks.addValid(context, inbound.request(0x502, exact));
        Shape outbound = supported(context, Direction.OUTBOUND);
        Set<Long> handles = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            handles.add(AddChecks.addValid(context, outbound.request(0x500, exact)).offloadHandle());
        }
        if (handles.size() != 3) {
            throw new ConformanceFailure("ADD-DUP-002: three outbound bundles with equal SPIs got " + handles.size() + " distinct handles", "3", ""
                    + handles.size());
        }
    }

    private static void expectDuplicate(CaseContext context, AddSaRequest request, String what) {
        Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(request), context.profile().abi());
        completion.expectStatus(NdisStatus.INVALID_DATA, "ADD-DUP-001: " + what);
        AddChecks.expectRefusedWriteBack(completion);
    }

    private static void unknownOids(CaseContext context) {
        Shape inbound = supported(context, Direction.INBOUND);
        AddSaRequest request = inbound.request(0x700, Filter.ANY);
        byte[] buffer = context.encoder().addSa(request);
        for (int oid : UNKNOWN_OIDS) {
            var result = context.adapter().setInformation(oid, buffer.clone());
            if (result.status() != NdisStatus.INVALID_OID.code()) {
                throw new ConformanceFailure("ADD-OID-002: set request for OID " + Oid.describe(oid), NdisStatus.describe(NdisStatus.INVALID_OID.code()),
                        NdisStatus.describe(result.status()));
            }
        }
        AddChecks.addValid(context, request);
    }
}
