package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import java.util.ArrayList;
import java.util.List;

/**
 * Inbound duplicates by (SPI, IPsec protocol, lookup destination) and what is not one (ADD-DUP-001/002,
 * FLT-MAT-008). The lookup destination is DestTunnelAddr for a tunnel SA; for a transport SA, DestAddr
 * when it is non-zero with DestMask 0 or 255.255.255.255, else the wildcard.
 */
final class DuplicateCases {

    private static final Suite ESP = Suite.esp(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private static final Suite AH = Suite.ah(IntegrityAlgorithm.MD5);
    private static final Filter HOST = Filters.toHost("10.9.0.7", "255.255.255.255");

    private final Build build;

    private DuplicateCases(Build build) {
        this.build = build;
    }

    /** Returns every duplicate case. */
    static List<OidCase> all(Build build) {
        DuplicateCases cases = new DuplicateCases(build);
        List<OidCase> all = new ArrayList<>();
        all.addAll(cases.destinations());
        all.addAll(cases.tunnels());
        all.addAll(cases.directions());
        all.addAll(cases.bundles());
        return all;
    }

    private RequestBytes add(Suite suite, Filter filter, Tunnel tunnel, Direction direction, int spi) {
        return build.add(build.request(suite, filter, tunnel, direction, spi));
    }

    private OidCase duplicate(String comment, RequestBytes first, RequestBytes second, OidFlag... flags) {
        return Cases.invalid(comment, second, flags.length == 0 ? new OidFlag[] {OidFlag.DUPLICATE_INBOUND_SA} : flags).after(first.step())
                .byAdapter();
    }

    private OidCase distinct(String comment, RequestBytes first, RequestBytes second, OidFlag flag) {
        return Cases.valid(comment, second, flag).after(first.step());
    }

    private OidCase pair(String comment, Filter first, Filter second, boolean duplicate) {
        int spi = build.spi();
        RequestBytes a = add(ESP, first, Tunnel.NONE, Direction.INBOUND, spi);
        RequestBytes b = add(ESP, second, Tunnel.NONE, Direction.INBOUND, spi);
        return duplicate ? duplicate(comment, a, b) : distinct(comment, a, b, OidFlag.NOT_A_DUPLICATE);
    }

    private List<OidCase> destinations() {
        int spi = build.spi();
        return List.of(
                pair("same SPI, ESP, host 10.9.0.7/32 twice (other keys and filter source)", HOST,
                        Filters.filter("10.1.2.0", "255.255.255.0", "10.9.0.7", "255.255.255.255", 6, 1234, 443), true),
                pair("same SPI, ESP, host 10.9.0.7 and host 10.9.0.8", HOST, Filters.toHost("10.9.0.8", "255.255.255.255"), false),
                pair("same SPI: 10.9.0.7/32, then 10.9.0.7 with DestMask 0 (both lookup 10.9.0.7)", HOST, Filters.toHost("10.9.0.7", "0.0.0.0"), true),
                pair("same SPI: 10.9.0.0/24, then 10.8.0.0/16 (both lookup the wildcard)", Filters.toHost("10.9.0.0", "255.255.255.0"),
                        Filters.toHost("10.8.0.0", "255.255.0.0"), true),
                pair("same SPI: DestAddr 0, then 10.9.0.0/24 (both lookup the wildcard)", Filter.ANY, Filters.toHost("10.9.0.0", "255.255.255.0"),
                        true),
                pair("same SPI: host 10.9.0.7/32, then 10.9.0.0/24 (exact and wildcard differ)", HOST, Filters.toHost("10.9.0.0", "255.255.255.0"),
                        false),
                distinct("same SPI and destination, ESP then AH (protocols 50 and 51)", add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi),
                        add(AH, HOST, Tunnel.NONE, Direction.INBOUND, spi), OidFlag.NOT_A_DUPLICATE));
    }

    private List<OidCase> tunnels() {
        Tunnel tunnel = Filters.TUNNEL;
        Tunnel otherSource = Filters.tunnel("192.0.2.99", "198.51.100.2");
        Filter tunnelEnd = Filters.toHost("198.51.100.2", "255.255.255.255");
        int spi = build.spi();
        int spi2 = build.spi();
        int spi3 = build.spi();
        int spi4 = build.spi();
        return List.of(
                duplicate("same SPI: tunnel to 198.51.100.2, then transport to host 198.51.100.2", add(ESP, Filters.WEB, tunnel, Direction.INBOUND, spi),
                        add(ESP, tunnelEnd, Tunnel.NONE, Direction.INBOUND, spi)),
                duplicate("same SPI: two tunnels to 198.51.100.2 from different sources, different filters",
                        add(ESP, Filters.WEB, tunnel, Direction.INBOUND, spi2), add(ESP, Filter.ANY, otherSource, Direction.INBOUND, spi2)),
                distinct("same SPI: tunnel to 198.51.100.2 whose filter names 10.9.0.7, then transport to host 10.9.0.7",
                        add(ESP, HOST, tunnel, Direction.INBOUND, spi3), add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi3), OidFlag.NOT_A_DUPLICATE),
                duplicate("same SPI: transport to host 10.9.0.7, then a tunnel whose DestTunnelAddr is 10.9.0.7",
                        add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi4), add(ESP, Filter.ANY, Filters.tunnel("192.0.2.1", "10.9.0.7"),
                                Direction.INBOUND, spi4)));
    }

    private List<OidCase> directions() {
        int spi = build.spi();
        RequestBytes inbound = add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi);
        RequestBytes outbound = add(ESP, HOST, Tunnel.NONE, Direction.OUTBOUND, spi);
        RequestBytes again = add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi);
        RequestBytes overlap = add(ESP, Filters.toHost("10.9.0.0", "255.255.0.0"), Tunnel.NONE, Direction.OUTBOUND, build.spi());
        return List.of(
                distinct("outbound SA with the SPI, filter and destination of a live inbound SA", inbound, outbound, OidFlag.OUTBOUND_SPI_REUSED),
                distinct("outbound SA repeating a live outbound SA", outbound, outbound.copy(), OidFlag.OUTBOUND_SPI_REUSED),
                distinct("inbound SA with the SPI and destination of a live outbound SA", outbound, inbound, OidFlag.NOT_A_DUPLICATE),
                Cases.valid("inbound SA equal to one added and deleted before", again, OidFlag.DUPLICATE_AFTER_DELETE)
                        .after(inbound.step(), build.deleteOf(0)),
                distinct("outbound SA whose filter overlaps a live outbound SA's", outbound, overlap, OidFlag.OVERLAPPING_FILTERS),
                distinct("inbound SA with the filter of a live inbound SA and another SPI", inbound,
                        add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, build.spi()), OidFlag.OVERLAPPING_FILTERS));
    }

    private List<OidCase> bundles() {
        int spi = build.spi();
        Suite bundle = Suite.bundle(ConfAlgorithm.DES, IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1);
        RequestBytes live = add(bundle, HOST, Tunnel.NONE, Direction.INBOUND, spi);
        List<OidCase> cases = new ArrayList<>();
        cases.add(duplicate("AH SA with the SPI of a live bundle's AH SA", live, add(AH, HOST, Tunnel.NONE, Direction.INBOUND, spi + 1)));
        cases.add(duplicate("ESP SA with the SPI of a live bundle's ESP SA", live, add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, spi)));
        cases.add(distinct("AH SA with the SPI of a live bundle's ESP SA", live, add(AH, HOST, Tunnel.NONE, Direction.INBOUND, spi),
                OidFlag.NOT_A_DUPLICATE));
        RequestBytes original = add(ESP, HOST, Tunnel.NONE, Direction.INBOUND, build.spi());
        cases.addAll(MultiFaultCases.withDuplicate(original, build.add(build.request(ESP, HOST, Tunnel.NONE, Direction.INBOUND,
                spiOf(original)))));
        return cases;
    }

    private static int spiOf(RequestBytes request) {
        return Bytes.u32be(request.bytes(), AddSaLayout.securityAssociation(0) + SaImage.SPI);
    }
}
