package io.sakit.testkit.vectors;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Ipv4;
import java.util.ArrayList;
import java.util.List;

/** Filter matching by construction: wildcards, prefixes, masks, protocol and port rules (FLT-MAT-001 to 006). */
final class FilterMatchCases {

    /** The base filter: 10.1.2.0/24 to host 192.0.2.7, TCP 1234 to 443. */
    private static final Filter BASE = Filters.filter("10.1.2.0", "255.255.255.0", "192.0.2.7", "255.255.255.255", 6, 1234, 443);
    /** A packet the base filter matches. */
    private static final FlowKey HIT = flow("10.1.2.5", "192.0.2.7", 6, 1234, 443);
    /** The address prefixes are cut from: bits set throughout. */
    private static final int ADDRESS = Ipv4.parse("172.31.255.171");

    private FilterMatchCases() {
    }

    /** Returns the header tuple with these fields. */
    static FlowKey flow(String src, String dst, int protocol, int srcPort, int dstPort) {
        return new FlowKey(Ipv4.parse(src), Ipv4.parse(dst), protocol, srcPort, dstPort);
    }

    /** Returns the cases where one field is zero, and the all-zero filter. */
    static List<FilterCase> wildcards() {
        List<FilterCase> cases = new ArrayList<>();
        for (FlowKey any : List.of(HIT, flow("8.8.8.8", "1.1.1.1", 17, 53, 53), flow("0.0.0.1", "255.255.255.255", 1, 0, 0),
                flow("203.0.113.9", "198.51.100.2", 50, 0, 0))) {
            cases.add(FilterCase.of("all-zero filter, " + any, FilterFlag.ALL_FIELDS_ZERO, Filter.ANY, any, true));
        }
        cases.add(FilterCase.of("base filter and a packet that meets every field", FilterFlag.FIELD_STILL_USED, BASE, HIT, true));
        cases.addAll(notUsed("SrcAddr 0", with(0, BASE.sourceMask(), BASE.destinationAddress(), BASE.destinationMask(), 6, 1234, 443),
                flow("172.16.9.9", "192.0.2.7", 6, 1234, 443), flow("172.16.9.9", "192.0.2.8", 6, 1234, 443)));
        cases.addAll(notUsed("DestAddr 0", with(BASE.sourceAddress(), BASE.sourceMask(), 0, BASE.destinationMask(), 6, 1234, 443),
                flow("10.1.2.5", "8.8.8.8", 6, 1234, 443), flow("10.1.3.5", "8.8.8.8", 6, 1234, 443)));
        cases.addAll(notUsed("Protocol 0", with(BASE.sourceAddress(), BASE.sourceMask(), BASE.destinationAddress(), BASE.destinationMask(), 0, 1234, 443),
                flow("10.1.2.5", "192.0.2.7", 17, 1234, 443), flow("10.1.2.5", "192.0.2.7", 17, 1234, 444)));
        cases.addAll(notUsed("SrcPort 0", with(BASE.sourceAddress(), BASE.sourceMask(), BASE.destinationAddress(), BASE.destinationMask(), 6, 0, 443),
                flow("10.1.2.5", "192.0.2.7", 6, 5555, 443), flow("10.1.2.5", "192.0.2.7", 6, 5555, 80)));
        cases.addAll(notUsed("DestPort 0", with(BASE.sourceAddress(), BASE.sourceMask(), BASE.destinationAddress(), BASE.destinationMask(), 6, 1234, 0),
                flow("10.1.2.5", "192.0.2.7", 6, 1234, 80), flow("10.1.2.5", "192.0.2.7", 6, 1235, 80)));
        return cases;
    }

    private static List<FilterCase> notUsed(String field, Filter filter, FlowKey differs, FlowKey alsoDiffers) {
        return List.of(FilterCase.of(field + ": the packet differs there only", FilterFlag.FIELD_NOT_USED, filter, differs, true),
                FilterCase.of(field + ": the packet also differs in a field still used", FilterFlag.FIELD_STILL_USED, filter, alsoDiffers, false));
    }

    /** Returns one test per prefix length 1..32, side and verdict. */
    static List<FilterCase> prefixes() {
        List<FilterCase> cases = new ArrayList<>();
        for (int prefix = 1; prefix <= 32; prefix++) {
            int mask = (int) (0xFFFF_FFFFL << (32 - prefix));
            int network = ADDRESS & mask;
            int inside = prefix == 32 ? ADDRESS : ADDRESS ^ 1;
            int outside = ADDRESS ^ (1 << (32 - prefix));
            for (boolean source : new boolean[] {true, false}) {
                Filter filter = source ? with(network, mask, 0, 0, 0, 0, 0) : with(0, 0, network, mask, 0, 0, 0);
                String side = (source ? "SrcAddr " : "DestAddr ") + Ipv4.format(network) + "/" + prefix;
                cases.add(FilterCase.of(side + ", packet " + Ipv4.format(inside), FilterFlag.PREFIX, filter, addressed(source, inside), true));
                cases.add(FilterCase.of(side + ", packet " + Ipv4.format(outside) + " (last prefix bit differs)", FilterFlag.PREFIX, filter,
                        addressed(source, outside), false));
            }
        }
        return cases;
    }

    private static FlowKey addressed(boolean source, int address) {
        int other = Ipv4.parse("198.51.100.77");
        return source ? new FlowKey(address, other, 17, 0, 0) : new FlowKey(other, address, 17, 0, 0);
    }

    /** Returns the mask cases: bits outside the mask, zero masks. */
    static List<FilterCase> masks() {
        return List.of(
                FilterCase.of("SrcAddr 10.1.2.99/24, packet 10.1.2.7", FilterFlag.BITS_OUTSIDE_MASK, src("10.1.2.99", "255.255.255.0"),
                        from("10.1.2.7"), true),
                FilterCase.of("SrcAddr 10.1.2.99/24, packet 10.1.3.7", FilterFlag.BITS_OUTSIDE_MASK, src("10.1.2.99", "255.255.255.0"),
                        from("10.1.3.7"), false),
                FilterCase.of("SrcAddr 192.168.255.255/16, packet 192.168.0.1", FilterFlag.BITS_OUTSIDE_MASK, src("192.168.255.255", "255.255.0.0"),
                        from("192.168.0.1"), true),
                FilterCase.of("DestAddr 203.0.113.255/25, packet 203.0.113.129", FilterFlag.BITS_OUTSIDE_MASK, Filters.toHost("203.0.113.255",
                        "255.255.255.128"), to("203.0.113.129"), true),
                FilterCase.of("DestAddr 203.0.113.255/25, packet 203.0.113.1", FilterFlag.BITS_OUTSIDE_MASK, Filters.toHost("203.0.113.255",
                        "255.255.255.128"), to("203.0.113.1"), false),
                FilterCase.of("SrcAddr 10.1.2.0 with SrcMask 0, packet 10.1.2.0", FilterFlag.ZERO_MASK_EXACT_HOST, src("10.1.2.0", "0.0.0.0"),
                        from("10.1.2.0"), true),
                FilterCase.of("SrcAddr 10.1.2.0 with SrcMask 0, packet 10.1.2.5", FilterFlag.ZERO_MASK_EXACT_HOST, src("10.1.2.0", "0.0.0.0"),
                        from("10.1.2.5"), false),
                FilterCase.of("SrcAddr 10.0.0.0 with SrcMask 0, packet 10.1.0.0", FilterFlag.ZERO_MASK_EXACT_HOST, src("10.0.0.0", "0.0.0.0"),
                        from("10.1.0.0"), false),
                FilterCase.of("DestAddr 192.0.2.7 with DestMask 0, packet 192.0.2.7", FilterFlag.ZERO_MASK_EXACT_HOST, Filters.toHost("192.0.2.7",
                        "0.0.0.0"), to("192.0.2.7"), true),
                FilterCase.of("DestAddr 192.0.2.7 with DestMask 0, packet 192.0.2.6", FilterFlag.ZERO_MASK_EXACT_HOST, Filters.toHost("192.0.2.7",
                        "0.0.0.0"), to("192.0.2.6"), false),
                FilterCase.of("DestAddr 255.255.255.255 with DestMask 0, packet 255.255.255.254", FilterFlag.ZERO_MASK_EXACT_HOST,
                        Filters.toHost("255.255.255.255", "0.0.0.0"), to("255.255.255.254"), false));
    }

    private static Filter src(String address, String mask) {
        return Filters.filter(address, mask, "0.0.0.0", "0.0.0.0", 0, 0, 0);
    }

    private static FlowKey from(String address) {
        return flow(address, "198.51.100.77", 6, 40000, 80);
    }

    private static FlowKey to(String address) {
        return flow("198.51.100.77", address, 6, 40000, 80);
    }

    /** Returns {@link Filter} with these numeric fields. */
    static Filter with(int src, int srcMask, int dst, int dstMask, int protocol, int srcPort, int dstPort) {
        return new Filter(src, srcMask, dst, dstMask, protocol, srcPort, dstPort);
    }
}
