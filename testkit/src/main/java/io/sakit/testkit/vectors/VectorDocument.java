package io.sakit.testkit.vectors;

import io.sakit.spec.vector.VectorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles one vector file: the common header fields, the notes of exactly the flags its tests use (in
 * first-use order), and the groups, numbering the tests 1, 2, 3, ... in file order.
 */
final class VectorDocument {

    /** A group before numbering: its parameters (in file order) and its tests. */
    record Group(Map<String, Object> parameters, List<Test> tests) {
        Group {
            parameters = new LinkedHashMap<>(parameters);
            tests = List.copyOf(tests);
        }
    }

    /** A test before numbering: comment, flags and the fields that follow them, in file order. */
    record Test(String comment, List<? extends Flag> flags, Map<String, Object> fields) {
        Test {
            flags = List.copyOf(flags);
            fields = new LinkedHashMap<>(fields);
        }
    }

    private VectorDocument() {
    }

    /** Returns the JSON tree of the file. */
    static Map<String, Object> build(VectorType type, List<String> header, List<Group> groups) {
        Set<Flag> used = new LinkedHashSet<>();
        groups.forEach(group -> group.tests().forEach(test -> used.addAll(test.flags())));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", type.schemaFile());
        root.put("vectorType", type.token());
        root.put("specVersion", "1.0");
        root.put("generator", VectorGenerator.class.getName());
        root.put("numberOfTests", groups.stream().mapToInt(group -> group.tests().size()).sum());
        root.put("header", header);
        root.put("notes", notes(used));
        root.put("testGroups", numbered(groups));
        return root;
    }

    private static Map<String, Object> notes(Set<Flag> flags) {
        Map<String, Object> notes = new LinkedHashMap<>();
        for (Flag flag : flags) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("bugType", flag.bugType().name());
            note.put("description", flag.description());
            note.put("requirements", flag.requirements());
            if (notes.put(flag.flagName(), note) != null) {
                throw new IllegalStateException("two flags are both called " + flag.flagName());
            }
        }
        return notes;
    }

    private static List<Object> numbered(List<Group> groups) {
        List<Object> result = new ArrayList<>();
        int tcId = 1;
        for (Group group : groups) {
            List<Object> tests = new ArrayList<>();
            for (Test test : group.tests()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("tcId", tcId++);
                json.put("comment", test.comment());
                json.put("flags", test.flags().stream().map(Flag::flagName).toList());
                json.putAll(test.fields());
                tests.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>(group.parameters());
            json.put("tests", tests);
            result.add(json);
        }
        return result;
    }
}
