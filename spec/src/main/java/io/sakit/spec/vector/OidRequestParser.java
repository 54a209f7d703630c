package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.KeyOrder;
import java.util.List;
import java.util.Optional;

/** Turns the groups of a schema-valid OID request file into records, checking the handle copies against the ABI. */
final class OidRequestParser {

    private OidRequestParser() {
    }

    /** Returns the typed file. */
    static OidRequestFile parse(JsonNode root, VectorHeader header, Locus at) {
        return new OidRequestFile(header, Fields.list(root, "testGroups", at, group -> group(group, at)));
    }

    private static OidRequestGroup group(JsonNode node, Locus at) {
        Abi abi = Fields.token(node, "abi", Abi.class, Abi::token, at);
        String order = Fields.text(node, "keyOrder", at);
        Optional<KeyOrder> keyOrder = "any".equals(order) ? Optional.empty()
                : Optional.of(Fields.token(node, "keyOrder", KeyOrder.class, KeyOrder::token, at));
        return new OidRequestGroup(abi, keyOrder, Fields.list(node, "tests", at, test -> test(test, abi, at)));
    }

    private static OidRequestTest test(JsonNode node, Abi abi, Locus file) {
        Locus at = file.test((int) Fields.integer(node, "tcId", file));
        List<RequestStep> setup = Fields.list(node, "setup", at, step -> step(step, abi, at));
        RequestStep request = step(node.path("request"), abi, at);
        checkHandleSources(setup, request, at);
        try {
            return new OidRequestTest(at.tcId().getAsInt(), Fields.text(node, "comment", at), Fields.strings(node, "flags", at), setup, request,
                    Fields.token(node, "result", Result.class, Result::token, at), status(node.path("status"), at),
                    node.has("alsoAcceptable") ? Fields.list(node, "alsoAcceptable", at, s -> status(s, at)) : List.of(),
                    Fields.optionalInteger(node, "bytesRead", at), Fields.optionalInteger(node, "bytesNeeded", at),
                    node.has("requirements") ? Fields.strings(node, "requirements", at) : List.of());
        } catch (IllegalArgumentException e) {
            throw at.fail(e.getMessage(), e);
        }
    }

    private static NdisStatus status(JsonNode node, Locus at) {
        try {
            return NdisStatus.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            throw at.fail("unknown status '" + node.asText() + "'");
        }
    }

    private static RequestStep step(JsonNode node, Abi abi, Locus at) {
        Oid oid = Fields.token(node, "oid", Oid.class, Enum::name, at);
        byte[] buffer = Fields.hex(node, "buffer", at);
        List<HandleCopy> handles = node.has("handles") ? Fields.list(node, "handles", at, h -> handle(h, at)) : List.of();
        for (HandleCopy copy : handles) {
            if (copy.at() + abi.handleSize() > buffer.length) {
                throw at.fail("handle copied at offset " + copy.at() + " does not fit a " + buffer.length + "-byte " + oid + " buffer on " + abi.token());
            }
        }
        return new RequestStep(oid, buffer, handles);
    }

    private static HandleCopy handle(JsonNode node, Locus at) {
        return new HandleCopy((int) Fields.integer(node, "from", at), Fields.token(node, "field", HandleField.class, HandleField::token, at),
                (int) Fields.integer(node, "at", at));
    }

    private static void checkHandleSources(List<RequestStep> setup, RequestStep request, Locus at) {
        for (int i = 0; i < setup.size(); i++) {
            requireEarlier(setup.get(i), i, "setup step " + i, at);
        }
        requireEarlier(request, setup.size(), "the request", at);
    }

    private static void requireEarlier(RequestStep step, int limit, String what, Locus at) {
        for (HandleCopy copy : step.handles()) {
            if (copy.from() >= limit) {
                throw at.fail(what + " copies a handle from setup step " + copy.from() + ", which does not come before it");
            }
        }
    }
}
