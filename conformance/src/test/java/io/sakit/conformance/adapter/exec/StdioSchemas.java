package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas of spec/schemas/stdio as the spec module packages them, and the messages checked against them. */
final class StdioSchemas {

    static final String DATA = "/io/sakit/spec/data/";
    private static final String PREFIX = "urn:sakit:schema:stdio:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> iri.startsWith(PREFIX) ? resource("schemas/stdio/" + iri.substring(PREFIX.length())) : null));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** Returns the violations of a request line (kit to implementation) against the schema of its type. */
    List<String> requestViolations(String line) {
        return violations(line, "request");
    }

    /** Returns the violations of a response line against the schema of its type ({@code error} included). */
    List<String> responseViolations(String line) {
        return violations(line, "response");
    }

    private List<String> violations(String line, String direction) {
        JsonNode message = parse(line);
        String type = message.path("type").asText("?");
        Schema schema = schemas.computeIfAbsent(type + "-" + direction,
                name -> registry.getSchema(SchemaLocation.of(PREFIX + name + ".schema.json")));
        return schema.validate(message).stream().map(Error::toString).toList();
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = StdioSchemas.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not packaged with the spec");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
