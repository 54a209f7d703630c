package io.sakit.conformance.cases.udp;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parser entries through their life: created, reused by port, named, marked for removal, released; capacity; subtype capability. */
public final class ParserEntryCases implements CaseSource {

    private static final int PORT = 4500;

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("UDP.state.parser-entry-life", Family.UDP, "parser entries are created, shared by port, named, marked and released",
                        List.of("UDP-ENT-001", "UDP-ENT-002", "UDP-DEL-002", "UDP-DEL-003"), ParserEntryCases::life),
                new SimpleCase("UDP.state.parser-capacity", Family.UDP, "a new parser entry beyond the declared capacity gets RESOURCES",
                        List.of("UDP-ENT-004"), ParserEntryCases::capacity),
                new SimpleCase("UDP.refused.UDP-CAP-001", Family.UDP, "UDP-ESP of an unadvertised subtype is refused with NOT_SUPPORTED",
                        List.of("UDP-CAP-001"), ParserEntryCases::subtypeRefused));
    }

    static UdpEspAddRequest request(CaseContext context, int spi, boolean tunnel, Direction direction, int port, long entry) {
        Shape esp = Shape.all().stream()
                .filter(s -> !s.isBundle() && s.parameters().get(0).operation() == Operation.ENCRYPT && s.tunnel() == tunnel && s.direction() == direction)
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no " + (tunnel ? "tunnel" : "transport") + " " + direction + " ESP shape is advertised"));
        AddSaRequest sa = esp.request(spi, new Filter(0, 0, 0, 0, Filter.UDP, 0, 0));
        Tunnel endpoints = tunnel ? new Tunnel(Ipv4.parse("192.0.2.1"), Ipv4.parse("198.51.100.1")) : Tunnel.NONE;
        return new UdpEspAddRequest(new AddSaRequest(sa.filter(), endpoints, direction, sa.securityAssociations()), UdpEncapType.OTHER, port, entry);
    }

    private static UdpEspAddRequest supported(CaseContext context, int spi, int port, long entry) {
        for (boolean tunnel : new boolean[] {false, true}) {
            try {
                UdpEspAddRequest candidate = request(context, spi, tunnel, Direction.INBOUND, port, entry);
                if (CapabilityRules.refusal(candidate, context.capabilities().offload()).isEmpty()) {
                    return candidate;
                }
            } catch (NotApplicable e) {
                continue;
            }
        }
        throw new NotApplicable("no inbound UDP-ESP SA is advertised");
    }

    private static Completion add(CaseContext context, UdpEspAddRequest request) {
        return Completion.send(context.adapter(), Oid.ADD_UDPESP_SA, context.encoder().addUdpEspSa(request), context.profile().abi());
    }

    private static Completion delete(CaseContext context, long handle, long entry) {
        return Completion.send(context.adapter(), Oid.DELETE_UDPESP_SA, context.encoder().deleteUdpEspSa(handle, entry), context.profile().abi());
    }

    private static void life(CaseContext context) {
        context.requireRoom(3 * supported(context, 0x300, PORT, 0).request().securityAssociations().size(), 2);
        Completion a = add(context, supported(context, 0x300, PORT, 0)).expectStatus(NdisStatus.SUCCESS, "UDP-ENT-001: a first inbound SA on port 4500");
        long entry = a.entryHandle();
        if (entry == 0) {
            throw new ConformanceFailure("UDP-ENT-001: the entry handle written back", "non-NULL", "NULL");
        }
        Completion b = add(context, supported(context, 0x302, PORT, 0)).expectStatus(NdisStatus.SUCCESS, "UDP-ENT-001: a second SA on the same port");
        if (b.entryHandle() != entry) {
            throw new ConformanceFailure("UDP-ENT-001: the live entry of port 4500 must be reused", "0x" + Long.toHexString(entry),
                    "0x" + Long.toHexString(b.entryHandle()));
        }
        Completion c = add(context, supported(context, 0x304, PORT, entry)).expectStatus(NdisStatus.SUCCESS, "UDP-ENT-002: an SA naming the live entry");
        add(context, supported(context, 0x306, PORT, entry ^ 0x5A5A)).expectStatus(NdisStatus.INVALID_DATA, "UDP-ENT-002: an SA naming no live entry");
        delete(context, b.offloadHandle(), entry ^ 0x5A5A).expectStatus(NdisStatus.INVALID_DATA, "UDP-DEL-003: another entry than the SA's");
        delete(context, a.offloadHandle(), entry).expectStatus(NdisStatus.SUCCESS, "UDP-DEL-002: deleting an SA and marking its entry");
        add(context, supported(context, 0x308, PORT, entry)).expectStatus(NdisStatus.INVALID_DATA, "UDP-ENT-002: an SA naming a marked entry");
        Completion d = add(context, supported(context, 0x30A, PORT, 0)).expectStatus(NdisStatus.SUCCESS, "UDP-ENT-001: a new SA on the port of a marked entry");
        if (d.entryHandle() == entry) {
            throw new ConformanceFailure("UDP-DEL-002: a marked entry must not be reused", "a new entry", "the marked entry 0x" + Long.toHexString(entry));
        }
        delete(context, b.offloadHandle(), 0).expectStatus(NdisStatus.SUCCESS, "UDP-DEL-002: deleting an SA without its entry");
        delete(context, c.offloadHandle(), 0).expectStatus(NdisStatus.SUCCESS, "UDP-DEL-002: deleting the last user of the marked entry");
        delete(context, d.offloadHandle(), d.entryHandle()).expectStatus(NdisStatus.SUCCESS, "UDP-DEL-002: deleting the last SA with its entry");
    }

    private static void capacity(CaseContext context) {
        int entries = context.capabilities().parserEntryCapacity();
        if (entries > 4096) {
            throw new NotApplicable("the parser-entry capacity " + entries + " is beyond the 4096 a case fills");
        }
        if (entries + 1 > context.capabilities().saCapacity()) {
            throw new NotApplicable("the SA capacity cannot hold one SA per parser entry and one more");
        }
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            handles.add(add(context, supported(context, 0x1000 + 2 * i, 1000 + i, 0))
                    .expectStatus(NdisStatus.SUCCESS, "UDP-ENT-004: parser entry " + (i + 1) + " of " + entries).offloadHandle());
        }
        add(context, supported(context, 0x9000, 1000 + entries, 0)).expectStatus(NdisStatus.RESOURCES, "UDP-ENT-004: one parser entry too many");
        add(context, supported(context, 0x9002, 1000, 0)).expectStatus(NdisStatus.SUCCESS, "UDP-ENT-004: reusing an existing entry needs no room");
    }

    private static void subtypeRefused(CaseContext context) {
        int checked = 0;
        for (boolean tunnel : new boolean[] {false, true}) {
            for (Direction direction : Direction.values()) {
                UdpEspAddRequest request;
                try {
                    request = request(context, 0x500, tunnel, direction, PORT, 0);
                } catch (NotApplicable e) {
                    continue;
                }
                Optional<Rejection> refusal = CapabilityRules.refusal(request, context.capabilities().offload());
                if (refusal.isPresent() && refusal.get().requirementId().equals("UDP-CAP-001")) {
                    context.adapter().reset();
                    add(context, request).expectStatus(NdisStatus.NOT_SUPPORTED, "UDP-CAP-001: " + refusal.get().reason());
                    checked++;
                }
            }
        }
        if (checked == 0) {
            throw new NotApplicable("the adapter advertises every UDP-ESP subtype its ESP modes allow");
        }
    }
}
