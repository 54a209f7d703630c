package io.sakit.spec.vector;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates a vector file's JSON against its packaged JSON Schema (draft 2020-12), reporting the first violation. */
final class SchemaCheck {

    private static final String SCHEMA_DIRECTORY = "/io/sakit/spec/data/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<VectorType, Schema> SCHEMAS = new EnumMap<>(VectorType.class);

    private SchemaCheck() {
    }

    /** Throws a {@link VectorFileException} naming the first schema violation of {@code root}, if any. */
    static void validate(JsonNode root, VectorType type, Locus at) {
        List<Error> errors = schema(type).validate(root);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            throw locate(root, first.getInstanceLocation(), at).fail("schema violation at " + pointer(first.getInstanceLocation()) + ": "
                    + first.getMessage());
        }
    }

    private static synchronized Schema schema(VectorType type) {
        return SCHEMAS.computeIfAbsent(type, SchemaCheck::load);
    }

    private static Schema load(VectorType type) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_DIRECTORY + type.schemaFile())) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema " + type.schemaFile() + " is missing from the kit");
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON Schema " + type.schemaFile(), e);
        }
    }

    private static Locus locate(JsonNode root, NodePath path, Locus at) {
        if (path.getNameCount() >= 4 && "testGroups".equals(path.getName(0)) && "tests".equals(path.getName(2))) {
            JsonNode tcId = root.path("testGroups").path(index(path, 1)).path("tests").path(index(path, 3)).path("tcId");
            if (tcId.isInt()) {
                return at.test(tcId.asInt());
            }
        }
        return at;
    }

    private static int index(NodePath path, int position) {
        return path.getElement(position) instanceof Integer i ? i : -1;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
