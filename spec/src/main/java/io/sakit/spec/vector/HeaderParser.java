package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header of a schema-valid vector file and checks what a schema cannot: the declared test count,
 * unique tcIds, and that every flag a test carries is defined in the notes.
 */
final class HeaderParser {

    private HeaderParser() {
    }

    /** Returns the checked header of {@code root}. */
    static VectorHeader parse(JsonNode root, VectorType type, Locus at) {
        Map<String, Note> notes = notes(root.path("notes"), at);
        int declared = (int) Fields.integer(root, "numberOfTests", at);
        int actual = checkTests(root, notes, at);
        if (declared != actual) {
            throw at.fail("numberOfTests is " + declared + " but the file holds " + actual + " tests");
        }
        return new VectorHeader(at.file(), type, Fields.text(root, "specVersion", at), Fields.text(root, "generator", at), declared,
                Fields.strings(root, "header", at), notes);
    }

    private static Map<String, Note> notes(JsonNode node, Locus at) {
        Map<String, Note> notes = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            JsonNode note = entry.getValue();
            notes.put(entry.getKey(), new Note(Fields.token(note, "bugType", BugType.class, Enum::name, at), Fields.text(note, "description", at),
                    Fields.strings(note, "requirements", at)));
        });
        return notes;
    }

    private static int checkTests(JsonNode root, Map<String, Note> notes, Locus at) {
        Set<Integer> seen = new HashSet<>();
        int count = 0;
        for (JsonNode group : root.path("testGroups")) {
            for (JsonNode test : group.path("tests")) {
                int tcId = (int) Fields.integer(test, "tcId", at);
                if (!seen.add(tcId)) {
                    throw at.test(tcId).fail("tcId " + tcId + " is used more than once");
                }
                for (String flag : Fields.strings(test, "flags", at.test(tcId))) {
                    if (!notes.containsKey(flag)) {
                        throw at.test(tcId).fail("flag '" + flag + "' is not defined in notes");
                    }
                }
                count++;
            }
        }
        return count;
    }
}
