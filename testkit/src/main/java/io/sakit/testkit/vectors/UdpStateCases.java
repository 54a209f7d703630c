package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.vector.HandleCopy;
import io.sakit.spec.vector.HandleField;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.List;

/**
 * UDP-ESP requests whose outcome depends on what earlier requests left: parser entries (UDP-ENT-001 to 003),
 * DELETE_UDPESP_SA (UDP-DEL-001 to 003) and duplicates in the UDP-ESP lookup space.
 */
final class UdpStateCases {

    private static final Suite ESP = Suite.esp(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);

    private final Build build;
    private final int size;

    private UdpStateCases(Build build) {
        this.build = build;
        this.size = build.abi().handleSize();
    }

    /** Returns every case. */
    static List<OidCase> all(Build build) {
        UdpStateCases cases = new UdpStateCases(build);
        List<OidCase> all = new ArrayList<>(cases.entries());
        all.addAll(cases.markedEntries());
        all.addAll(cases.deletes());
        all.addAll(cases.refusedDeletes());
        all.addAll(cases.duplicates());
        return all;
    }

    private RequestBytes inbound(int port) {
        return build.udp(build.request(ESP, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND), port);
    }

    private RequestBytes outbound() {
        return build.udp(Filters.NAT_T, Tunnel.NONE, Direction.OUTBOUND);
    }

    private OidCase refused(String comment, RequestStep request, OidFlag... flags) {
        return OidCase.of(comment, request, Expectation.invalidData(), flags).byAdapter();
    }

    private OidCase deleted(String comment, RequestStep request, OidFlag... flags) {
        return OidCase.of(comment, request, Expectation.success(2L * size), flags);
    }

    private List<OidCase> entries() {
        RequestBytes named = inbound(4500);
        return List.of(
                Cases.valid("inbound with a NULL entry handle creates the entry", inbound(4500), OidFlag.UDP_ENTRY_CREATED_OR_REUSED),
                deleted("a second inbound SA with a NULL handle on the same port reuses the entry: deleting it with that entry succeeds",
                        build.deleteUdpOf(1, 0), OidFlag.UDP_ENTRY_CREATED_OR_REUSED, OidFlag.UDP_DELETE_VALID)
                        .after(inbound(4500).step(), inbound(4500).step()),
                OidCase.of("inbound naming the live entry of an earlier SA", named.step(build.entryOf(0)), Expectation.success(named.need()),
                        OidFlag.UDP_ENTRY_NAMED_LIVE).after(inbound(4500).step()),
                refused("inbound naming entry handle 0x1234, no entry live", inbound(4500).encapHandle(0x1234).step(), OidFlag.UDP_ENTRY_NAMED_UNKNOWN),
                refused("inbound naming entry handle 0xFFFFFFFF, no entry live", inbound(4500).encapHandle(0xFFFFFFFFL).step(),
                        OidFlag.UDP_ENTRY_NAMED_UNKNOWN),
                refused("inbound naming a plain SA's handle as its entry, no entry live", named.step(build.handleOf(0, entryAt())),
                        OidFlag.UDP_ENTRY_NAMED_UNKNOWN).after(build.esp().step()),
                refused("inbound naming an entry removed with its only SA", named.step(build.entryOf(0)), OidFlag.UDP_ENTRY_NAMED_UNKNOWN)
                        .after(inbound(4500).step(), build.deleteUdpOf(0, 0)),
                OidCase.of("inbound naming the entry of an SA deleted with a NULL entry handle: the entry stays", named.step(build.entryOf(0)),
                        Expectation.success(named.need()), OidFlag.UDP_ENTRY_KEPT).after(inbound(4500).step(), build.deleteUdpOf(0, -1)),
                outboundNaming(0, "outbound naming an entry that was removed: the handle is ignored")
                        .after(inbound(4500).step(), build.deleteUdpOf(0, 0)));
    }

    private OidCase outboundNaming(int entry, String comment) {
        RequestBytes request = outbound();
        return OidCase.of(comment, request.step(build.entryOf(entry)), Expectation.success(request.need()), OidFlag.UDP_OUTBOUND_ENTRY_IGNORED);
    }

    private int entryAt() {
        return AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(build.abi());
    }

    private List<OidCase> markedEntries() {
        RequestStep first = inbound(4500).step();
        RequestStep second = inbound(4500).step(build.entryOf(0));
        RequestStep release = build.deleteUdpOf(0, 0);
        RequestBytes third = inbound(4500);
        return List.of(
                refused("inbound naming an entry marked for removal while another SA still uses it", third.step(build.entryOf(0)),
                        OidFlag.UDP_ENTRY_MARKED).after(first, second, release),
                Cases.valid("inbound with a NULL handle on the port of an entry marked for removal gets a new entry", third,
                        OidFlag.UDP_ENTRY_MARKED, OidFlag.UDP_ENTRY_CREATED_OR_REUSED).after(first, second, release),
                deleted("delete the last SA of a marked entry with a NULL entry handle", build.deleteUdpOf(1, -1), OidFlag.UDP_DELETE_VALID)
                        .after(first, second, release),
                refused("IKE, inbound, naming entry 0x1234 with no entry live: NOT_SUPPORTED first", inbound(4500).encapType(0).encapHandle(0x1234).step(),
                        OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.UDP_ENCAP_IKE, OidFlag.UDP_ENTRY_NAMED_UNKNOWN)
                        .withExpected(Expectation.invalid(NdisStatus.NOT_SUPPORTED).orAlso(NdisStatus.INVALID_DATA)),
                Cases.invalid("inbound naming entry 0x1234 with no entry live, and Protocol 256", inbound(4500).encapHandle(0x1234).protocol(256),
                        OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.UDP_ENTRY_NAMED_UNKNOWN, OidFlag.PROTOCOL_ABOVE_255));
    }

    private List<OidCase> deletes() {
        List<OidCase> cases = new ArrayList<>();
        cases.add(deleted("delete an inbound UDP-ESP SA with a NULL entry handle", build.deleteUdpOf(0, -1), OidFlag.UDP_DELETE_VALID)
                .after(inbound(4500).step()));
        cases.add(deleted("delete an inbound UDP-ESP SA with its own entry", build.deleteUdpOf(0, 0), OidFlag.UDP_DELETE_VALID).after(inbound(4500).step()));
        cases.add(deleted("delete an outbound UDP-ESP SA", build.deleteUdpOf(0, -1), OidFlag.UDP_DELETE_VALID).after(outbound().step()));
        RequestStep longer = new RequestStep(Oid.DELETE_UDPESP_SA, new byte[2 * size + 4], build.deleteUdpOf(0, 0).handles());
        cases.add(deleted("DELETE_UDPESP_SA buffer 4 bytes longer than two handles", longer, OidFlag.UDP_DELETE_VALID, OidFlag.UDP_DELETE_LONGER)
                .after(inbound(4500).step()));
        List<Integer> lengths = new ArrayList<>(List.of(0, size, 2 * size - 1));
        if (size == 8) {
            lengths.add(8);
        }
        for (int length : lengths.stream().distinct().toList()) {
            cases.add(OidCase.of("DELETE_UDPESP_SA buffer of " + length + " bytes", build.deleteUdp(new byte[length]),
                    Expectation.invalidLength(2L * size), OidFlag.UDP_DELETE_TOO_SHORT));
        }
        return cases;
    }

    private List<OidCase> refusedDeletes() {
        RequestStep a = inbound(4500).step();
        RequestStep b = inbound(4501).step();
        return List.of(
                refused("DELETE_UDPESP_SA naming NULL, no SA live", build.deleteUdp(new byte[2 * size]), OidFlag.UDP_DELETE_UNKNOWN_SA),
                refused("DELETE_UDPESP_SA naming 0x1234, no SA live", build.deleteUdp(handle(0x1234)), OidFlag.UDP_DELETE_UNKNOWN_SA),
                refused("DELETE_UDPESP_SA naming an SA already deleted", build.deleteUdpOf(0, -1), OidFlag.UDP_DELETE_UNKNOWN_SA)
                        .after(a, build.deleteUdpOf(0, -1)),
                refused("DELETE_UDPESP_SA naming a plain ADD_SA bundle", build.deleteUdpOf(0, -1), OidFlag.UDP_DELETE_UNKNOWN_SA)
                        .after(build.esp().step()),
                refused("DELETE_UDPESP_SA naming a NULL SA handle and a live entry", entryOnly(), OidFlag.UDP_DELETE_UNKNOWN_SA).after(a),
                refused("DELETE_UDPESP_SA naming the entry of another SA (port 4501)", build.deleteUdpOf(0, 1), OidFlag.UDP_DELETE_WRONG_ENTRY)
                        .after(a, b),
                refused("DELETE_UDPESP_SA naming an outbound SA with a live entry it does not use", build.deleteUdpOf(0, 1),
                        OidFlag.UDP_DELETE_WRONG_ENTRY).after(outbound().step(), b));
    }

    private byte[] handle(long value) {
        byte[] buffer = new byte[2 * size];
        Bytes.putHandle(buffer, 0, build.abi(), value);
        return buffer;
    }

    private RequestStep entryOnly() {
        return new RequestStep(Oid.DELETE_UDPESP_SA, new byte[2 * size], List.of(new HandleCopy(0, HandleField.ENCAP_ENTRY_HANDLE, size)));
    }

    private List<OidCase> duplicates() {
        int spi = build.spi();
        RequestBytes first = build.udp(build.request(ESP, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND, spi), 4500);
        RequestBytes again = build.udp(build.request(ESP, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND, spi), 4500);
        RequestBytes plain = build.add(build.request(ESP, Filters.NAT_T, Tunnel.NONE, Direction.INBOUND, spi));
        RequestBytes out = build.udp(build.request(ESP, Filters.NAT_T, Tunnel.NONE, Direction.OUTBOUND, spi), 4500);
        return List.of(
                Cases.invalid("inbound UDP-ESP SA repeating the SPI and destination of a live one", again, OidFlag.DUPLICATE_INBOUND_SA)
                        .after(first.step()).byAdapter(),
                Cases.valid("inbound UDP-ESP SA with the SPI and destination of a live plain SA", again, OidFlag.UDP_SEPARATE_LOOKUP_SPACE)
                        .after(plain.step()),
                Cases.valid("inbound plain SA with the SPI and destination of a live UDP-ESP SA", plain, OidFlag.UDP_SEPARATE_LOOKUP_SPACE)
                        .after(first.step()),
                Cases.valid("outbound UDP-ESP SA repeating a live outbound one", out, OidFlag.OUTBOUND_SPI_REUSED).after(out.step()));
    }
}
