package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Tunnel;
import java.util.Optional;

/** Turns the groups of a schema-valid filter matching file into records; an invalid filter fails the file. */
final class FilterMatchParser {

    private FilterMatchParser() {
    }

    /** Returns the typed file. */
    static FilterMatchFile parse(JsonNode root, VectorHeader header, Locus at) {
        return new FilterMatchFile(header, Fields.list(root, "testGroups", at,
                group -> new FilterMatchGroup(Fields.list(group, "tests", at, test -> test(test, at)))));
    }

    private static FilterMatchTest test(JsonNode node, Locus file) {
        Locus at = file.test((int) Fields.integer(node, "tcId", file));
        try {
            return new FilterMatchTest(at.tcId().getAsInt(), Fields.text(node, "comment", at), Fields.strings(node, "flags", at),
                    filter(node.path("filter"), at), tunnel(node, at), packet(node.path("packet"), at), node.path("match").asBoolean());
        } catch (IllegalArgumentException e) {
            throw at.fail(e.getMessage(), e);
        }
    }

    private static Filter filter(JsonNode node, Locus at) {
        return new Filter(Fields.address(node, "srcAddr", at), Fields.address(node, "srcMask", at), Fields.address(node, "destAddr", at),
                Fields.address(node, "destMask", at), (int) Fields.integer(node, "protocol", at), (int) Fields.integer(node, "srcPort", at),
                (int) Fields.integer(node, "destPort", at));
    }

    private static Optional<Tunnel> tunnel(JsonNode test, Locus at) {
        JsonNode node = test.get("tunnel");
        return node == null ? Optional.empty() : Optional.of(new Tunnel(Fields.address(node, "src", at), Fields.address(node, "dst", at)));
    }

    private static FlowKey packet(JsonNode node, Locus at) {
        return new FlowKey(Fields.address(node, "src", at), Fields.address(node, "dst", at), (int) Fields.integer(node, "protocol", at),
                (int) Fields.integer(node, "srcPort", at), (int) Fields.integer(node, "dstPort", at));
    }
}
