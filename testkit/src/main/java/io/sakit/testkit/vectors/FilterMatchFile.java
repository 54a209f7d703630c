package io.sakit.testkit.vectors;

import io.sakit.spec.vector.VectorType;
import java.util.List;
import java.util.Map;

/** Generates filter_match.json: valid filters, header tuples, and whether they match (SPEC.md section 8.2 and 8.3). */
final class FilterMatchFile {

    /** The file name. */
    static final String NAME = "filter_match.json";

    private FilterMatchFile() {
    }

    /** Returns the document tree; each group is one theme, every verdict checked against {@code Filter.matches}. */
    static Map<String, Object> document() {
        List<List<FilterCase>> themes = List.of(FilterMatchCases.wildcards(), FilterMatchCases.prefixes(), FilterMatchCases.masks(),
                ProtocolMatchCases.protocols(), ProtocolMatchCases.ports(), ProtocolMatchCases.byteOrder(), ProtocolMatchCases.tunnels());
        List<VectorDocument.Group> groups = themes.stream()
                .map(theme -> new VectorDocument.Group(Map.of(), theme.stream().map(FilterCase::verified).map(FilterCase::toDocument).toList()))
                .toList();
        return VectorDocument.build(VectorType.FILTER_MATCH, List.of(
                "Filter matching (OFFLOAD_IPSEC_ADD_SA's seven filter fields) against header tuples.",
                "Addresses and masks are dotted quads, stored in the request as the same bytes in order; ports are numbers, stored",
                "in network byte order. Every filter is valid (invalid filters are in add_sa.json).",
                "Without 'tunnel' the packet is the header of a transport SA's packet; with it, the packet is the inner header of",
                "a tunnel SA's packet whose outer header runs from tunnel.src to tunnel.dst, and the filter applies to the inner one."), groups);
    }
}
