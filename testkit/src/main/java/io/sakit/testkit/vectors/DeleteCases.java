package io.sakit.testkit.vectors;

import io.sakit.spec.codec.Bytes;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.List;

/** DELETE_SA: length (DEL-LEN-001/002), handles (DEL-HDL-001 to 003). Each test starts on an adapter holding no SA. */
final class DeleteCases {

    private final Build build;
    private final int size;

    private DeleteCases(Build build) {
        this.build = build;
        this.size = build.abi().handleSize();
    }

    /** Returns every DELETE_SA case. */
    static List<OidCase> all(Build build) {
        DeleteCases cases = new DeleteCases(build);
        List<OidCase> all = new ArrayList<>();
        all.addAll(cases.valid());
        all.addAll(cases.lengths());
        all.addAll(cases.unknown());
        all.addAll(cases.others());
        return all;
    }

    private OidCase deleted(String comment, RequestStep delete, OidFlag... flags) {
        return OidCase.of(comment, delete, Expectation.success(size), flags);
    }

    private OidCase refused(String comment, RequestStep delete, OidFlag flag) {
        return OidCase.of(comment, delete, Expectation.invalidData(), flag).byAdapter();
    }

    private List<OidCase> valid() {
        RequestBytes esp = build.esp();
        RequestBytes bundle = build.bundle();
        RequestBytes ah = build.ah();
        RequestBytes other = build.add(Suite.esp(ConfAlgorithm.NONE, IntegrityAlgorithm.MD5), Filter.ANY, Tunnel.NONE, Direction.OUTBOUND);
        return List.of(
                deleted("delete a live inbound ESP SA", build.deleteOf(0), OidFlag.DELETE_VALID).after(esp.step()),
                deleted("delete a live inbound tunnel bundle", build.deleteOf(0), OidFlag.DELETE_VALID).after(bundle.step()),
                deleted("delete a live outbound tunnel AH SA", build.deleteOf(0), OidFlag.DELETE_VALID).after(ah.step()),
                deleted("delete the second of two live SAs", build.deleteOf(1), OidFlag.DELETE_VALID).after(esp.step(), other.step()),
                deleted("delete with a buffer 1 byte longer than a handle", build.deleteOf(0, size + 1), OidFlag.DELETE_VALID,
                        OidFlag.DELETE_BUFFER_LONGER).after(esp.step()),
                deleted("delete with a buffer of two handles' length", build.deleteOf(0, 2 * size), OidFlag.DELETE_VALID,
                        OidFlag.DELETE_BUFFER_LONGER).after(bundle.step()),
                deleted("delete SA 1 after a delete whose buffer named SA 0 and then SA 1: only the first handle was read", build.deleteOf(1),
                        OidFlag.DELETE_VALID, OidFlag.DELETE_BUFFER_LONGER, OidFlag.DELETE_LEAVES_OTHERS)
                        .after(esp.step(), other.step(), twoHandles()));
    }

    private RequestStep twoHandles() {
        return new RequestStep(Oid.DELETE_SA, new byte[2 * size], List.of(build.handleOf(0, 0), build.handleOf(1, size)));
    }

    private List<OidCase> lengths() {
        List<OidCase> cases = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, size - 1));
        if (build.abi() == Abi.X64) {
            lengths.add(4);
        }
        for (int length : lengths) {
            cases.add(OidCase.of("DELETE_SA buffer of " + length + " bytes, no SA live", build.delete(new byte[length]),
                    Expectation.invalidLength(size), OidFlag.DELETE_BUFFER_TOO_SHORT));
        }
        cases.add(OidCase.of("DELETE_SA buffer of " + (size - 1) + " bytes while an SA is live", build.delete(new byte[size - 1]),
                Expectation.invalidLength(size), OidFlag.DELETE_BUFFER_TOO_SHORT).after(build.esp().step()));
        return cases;
    }

    private List<OidCase> unknown() {
        List<OidCase> cases = new ArrayList<>();
        cases.add(refused("DELETE_SA naming NULL, no SA live", build.delete(new byte[size]), OidFlag.DELETE_NULL_HANDLE));
        cases.add(refused("DELETE_SA naming NULL while an SA is live", build.delete(new byte[size]), OidFlag.DELETE_NULL_HANDLE)
                .after(build.esp().step()));
        List<Long> values = new ArrayList<>(List.of(1L, 0x12345678L, 0xFFFFFFFFL));
        if (build.abi() == Abi.X64) {
            values.addAll(List.of(-1L, 0x1_0000_0000L));
        }
        for (long value : values) {
            byte[] buffer = new byte[size];
            Bytes.putHandle(buffer, 0, build.abi(), value);
            cases.add(refused("DELETE_SA naming " + Cases.hex(value) + ", no SA live", build.delete(buffer), OidFlag.DELETE_UNKNOWN_HANDLE));
        }
        cases.add(refused("DELETE_SA naming an SA already deleted", build.deleteOf(0), OidFlag.DELETE_ALREADY_DELETED)
                .after(build.esp().step(), build.deleteOf(0)));
        cases.add(refused("DELETE_SA naming a bundle already deleted", build.deleteOf(0), OidFlag.DELETE_ALREADY_DELETED)
                .after(build.bundle().step(), build.deleteOf(0)));
        cases.add(refused("DELETE_SA naming a live UDP-ESP bundle", build.deleteOf(0), OidFlag.DELETE_UDP_ESP_HANDLE)
                .after(build.udp(Filters.NAT_T, Tunnel.NONE, Direction.INBOUND).step()));
        return cases;
    }

    private List<OidCase> others() {
        int spi = build.spi();
        Suite bundle = Suite.bundle(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.SHA1);
        Filter host = Filters.toHost("10.9.0.7", "255.255.255.255");
        RequestBytes live = build.add(build.request(bundle, host, Tunnel.NONE, Direction.INBOUND, spi));
        RequestBytes ah = build.add(build.request(Suite.ah(IntegrityAlgorithm.MD5), host, Tunnel.NONE, Direction.INBOUND, spi + 1));
        RequestBytes esp = build.add(build.request(Suite.esp(ConfAlgorithm.DES, IntegrityAlgorithm.SHA1), host, Tunnel.NONE, Direction.INBOUND, spi));
        RequestBytes first = build.esp();
        RequestBytes second = build.ah();
        return List.of(
                deleted("delete the second SA after the first was deleted", build.deleteOf(1), OidFlag.DELETE_VALID, OidFlag.DELETE_LEAVES_OTHERS)
                        .after(first.step(), second.step(), build.deleteOf(0)),
                Cases.invalid("the first SA stays live after the second is deleted: adding it again is a duplicate", first.copy(),
                        OidFlag.DELETE_LEAVES_OTHERS, OidFlag.DUPLICATE_INBOUND_SA).after(first.step(), second.step(), build.deleteOf(1)).byAdapter(),
                Cases.valid("after a bundle is deleted, its AH SPI and destination are free", ah, OidFlag.DELETE_REMOVES_BUNDLE)
                        .after(live.step(), build.deleteOf(0)),
                Cases.valid("after a bundle is deleted, its ESP SPI and destination are free", esp, OidFlag.DELETE_REMOVES_BUNDLE)
                        .after(live.step(), build.deleteOf(0)));
    }
}
