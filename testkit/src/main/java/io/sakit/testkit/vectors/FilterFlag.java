package io.sakit.testkit.vectors;

import io.sakit.spec.vector.BugType;
import java.util.List;

/** The flags of filter_match.json, each with its note. */
enum FilterFlag implements Flag {
    ALL_FIELDS_ZERO(BugType.BASIC, "The filter whose seven fields are zero matches every packet.", "FLT-MAT-001"),
    FIELD_NOT_USED(BugType.EDGE_CASE, "One filter field is zero and must not restrict the packets matched; the packet differs from the filter there.",
            "FLT-MAT-001"),
    FIELD_STILL_USED(BugType.BASIC, "The other fields still restrict when one is zero: the packet differs from the filter in a non-zero field.",
            "FLT-MAT-001"),
    PREFIX(BugType.EDGE_CASE, "A mask of one prefix length: a packet address just inside, and one whose last prefix bit differs.", "FLT-MAT-002"),
    BITS_OUTSIDE_MASK(BugType.EDGE_CASE, "The filter address has bits set outside its mask; they are ignored.", "FLT-MAT-002"),
    ZERO_MASK_EXACT_HOST(BugType.EDGE_CASE, "A non-zero address with a zero mask matches exactly that address.", "FLT-MAT-003"),
    PROTOCOL_EQUALITY(BugType.BASIC, "A non-zero Protocol matches exactly the packets of that protocol.", "FLT-MAT-004"),
    PORTS_ONLY_TCP_UDP(BugType.EDGE_CASE, "Ports restrict TCP and UDP packets only; other protocols match as if the ports were zero.", "FLT-MAT-005"),
    PORT_BYTE_ORDER(BugType.BYTE_ORDER, "Ports whose bytes swapped give another valid port: the comparison is in network byte order.", "FLT-MAT-006"),
    TUNNEL_INNER_HEADER(BugType.EDGE_CASE, "A tunnel SA's filter applies to the inner header, never to the outer (tunnel) header.", "FLT-MAT-007");

    private final BugType bugType;
    private final String description;
    private final List<String> requirements;

    FilterFlag(BugType bugType, String description, String... requirements) {
        this.bugType = bugType;
        this.description = description;
        this.requirements = List.of(requirements);
    }

    @Override
    public BugType bugType() {
        return bugType;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> requirements() {
        return requirements;
    }
}
