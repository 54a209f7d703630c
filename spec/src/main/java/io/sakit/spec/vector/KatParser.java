package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/** Turns the groups of schema-valid MAC and cipher known-answer files into records. */
final class KatParser {

    private static final byte[] NO_IV = new byte[0];

    private KatParser() {
    }

    /** Returns the typed MAC known-answer file. */
    static MacKatFile mac(JsonNode root, VectorHeader header, Locus at) {
        return new MacKatFile(header, Fields.list(root, "testGroups", at, group -> guarded(at, () -> new MacKatGroup(
                Fields.token(group, "algorithm", MacAlgorithm.class, MacAlgorithm::token, at), Fields.list(group, "tests", at, t -> mac(t, at))))));
    }

    /** Returns the typed cipher known-answer file. */
    static CipherKatFile cipher(JsonNode root, VectorHeader header, Locus at) {
        return new CipherKatFile(header, Fields.list(root, "testGroups", at, group -> guarded(at, () -> new CipherKatGroup(
                Fields.token(group, "algorithm", CipherAlgorithm.class, CipherAlgorithm::token, at),
                Fields.list(group, "tests", at, t -> cipher(t, at))))));
    }

    private static MacKatTest mac(JsonNode node, Locus file) {
        Locus at = file.test((int) Fields.integer(node, "tcId", file));
        return guarded(at, () -> new MacKatTest(at.tcId().getAsInt(), Fields.text(node, "comment", at), Fields.strings(node, "flags", at),
                Fields.hex(node, "key", at), Fields.hex(node, "msg", at), Fields.hex(node, "tag", at), Fields.hex(node, "fullDigest", at)));
    }

    private static CipherKatTest cipher(JsonNode node, Locus file) {
        Locus at = file.test((int) Fields.integer(node, "tcId", file));
        return guarded(at, () -> new CipherKatTest(at.tcId().getAsInt(), Fields.text(node, "comment", at), Fields.strings(node, "flags", at),
                Fields.hex(node, "key", at), node.has("iv") ? Fields.hex(node, "iv", at) : NO_IV, Fields.hex(node, "msg", at),
                Fields.hex(node, "ct", at)));
    }

    private static <T> T guarded(Locus at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw at.fail(e.getMessage(), e);
        }
    }
}
