package io.sakit.testkit.vectors;

import io.sakit.spec.vector.HandleCopy;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One constructed OID request test before numbering: its setup steps, the request under test, the
 * expected completion, the key orders it holds under, and whether the adapter (its state, or a check the
 * decoder does not make) rather than the request's bytes decides the status.
 */
record OidCase(String comment, List<OidFlag> flags, List<RequestStep> setup, RequestStep request, Expectation expected, Scope scope,
        boolean adapterDecides) {

    OidCase {
        flags = List.copyOf(flags);
        setup = List.copyOf(setup);
    }

    /** A test without setup whose outcome the request's bytes decide under any key order. */
    static OidCase of(String comment, RequestStep request, Expectation expected, OidFlag... flags) {
        return new OidCase(comment, List.of(flags), List.of(), request, expected, Scope.ANY, false);
    }

    /** Returns this test with setup steps that must each succeed. */
    OidCase after(RequestStep... steps) {
        return new OidCase(comment, flags, List.of(steps), request, expected, scope, adapterDecides);
    }

    /** Returns this test with its status decided by the adapter (a handle, an entry, a duplicate, IKE), not by the decoder. */
    OidCase byAdapter() {
        return new OidCase(comment, flags, setup, request, expected, scope, true);
    }

    /** Returns this test expecting {@code other} instead. */
    OidCase withExpected(Expectation other) {
        return new OidCase(comment, flags, setup, request, other, scope, adapterDecides);
    }

    /** Returns this test with {@code flag} as its first flag, unless it has it already. */
    OidCase flaggedFirst(OidFlag flag) {
        if (flags.contains(flag)) {
            return this;
        }
        List<OidFlag> all = new ArrayList<>(List.of(flag));
        all.addAll(flags);
        return new OidCase(comment, all, setup, request, expected, scope, adapterDecides);
    }

    /** Returns this test restricted to {@code only}. */
    OidCase in(Scope only) {
        return new OidCase(comment, flags, setup, request, expected, only, adapterDecides);
    }

    /** Returns the document test: setup, request and the expectation's fields. */
    VectorDocument.Test toDocument() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("setup", setup.stream().map(OidCase::step).toList());
        fields.put("request", step(request));
        fields.putAll(expected.fields());
        return new VectorDocument.Test(comment, flags, fields);
    }

    private static Map<String, Object> step(RequestStep step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("oid", step.oid().name());
        json.put("buffer", HexFormat.of().formatHex(step.buffer()));
        if (!step.handles().isEmpty()) {
            json.put("handles", step.handles().stream().map(OidCase::handle).toList());
        }
        return json;
    }

    private static Map<String, Object> handle(HandleCopy copy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", copy.from());
        json.put("field", copy.field().token());
        json.put("at", copy.at());
        return json;
    }
}
