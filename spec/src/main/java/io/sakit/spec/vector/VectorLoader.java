package io.sakit.spec.vector;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way to read vector files: loads a file packaged with the kit or one on disk, validates it against
 * its JSON Schema and the kit's rules (test count, unique tcIds, defined flags, known statuses, well-formed
 * hex, valid filters), and returns it as records.
 *
 * <p>Every failure is a {@link VectorFileException} with a one-line message naming the file and, where
 * there is one, the test.
 */
public final class VectorLoader {

    /** The vector files packaged with the kit, in a stable order. */
    public static final List<String> PACKAGED_FILES = List.of("add_sa.json", "delete_sa.json", "udpesp_sa.json", "filter_match.json",
            "hmac_kat.json", "cipher_kat.json");

    private static final String VECTOR_DIRECTORY = "/io/sakit/spec/data/vectors/";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private VectorLoader() {
    }

    /** Returns the names of the vector files packaged with the kit. */
    public static List<String> packagedFiles() {
        return PACKAGED_FILES;
    }

    /**
     * Loads the packaged vector file {@code name}, for example {@code add_sa.json}.
     *
     * @throws VectorFileException when the kit has no such file or the file is malformed
     */
    public static VectorFile load(String name) {
        try (InputStream in = VectorLoader.class.getResourceAsStream(VECTOR_DIRECTORY + name)) {
            if (in == null) {
                throw new VectorFileException(name + ": no such vector file in the kit (packaged: " + String.join(", ", PACKAGED_FILES) + ")");
            }
            return parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new VectorFileException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the vector file at {@code path}; its schema is the packaged one its {@code schema} field names.
     *
     * @throws VectorFileException when the file cannot be read or is malformed
     */
    public static VectorFile load(Path path) {
        String name = String.valueOf(path.getFileName());
        try {
            return parse(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new VectorFileException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates the content of a vector file called {@code name}.
     *
     * @throws VectorFileException when the content is malformed
     */
    public static VectorFile parse(String name, byte[] content) {
        Locus at = Locus.of(name);
        JsonNode root = readTree(content, at);
        VectorType type = VectorType.ofSchema(root.path("schema").asText(""))
                .orElseThrow(() -> at.fail("field 'schema' does not name a vector schema of the kit"));
        SchemaCheck.validate(root, type, at);
        VectorHeader header = HeaderParser.parse(root, type, at);
        return switch (type) {
            case OID_REQUEST -> OidRequestParser.parse(root, header, at);
            case FILTER_MATCH -> FilterMatchParser.parse(root, header, at);
            case MAC_KAT -> KatParser.mac(root, header, at);
            case CIPHER_KAT -> KatParser.cipher(root, header, at);
        };
    }

    /** Loads a packaged OID request file (add_sa.json, delete_sa.json or udpesp_sa.json). */
    public static OidRequestFile oidRequests(String name) {
        return as(load(name), OidRequestFile.class, name);
    }

    /** Loads the packaged filter matching file, filter_match.json. */
    public static FilterMatchFile filterMatch() {
        return as(load("filter_match.json"), FilterMatchFile.class, "filter_match.json");
    }

    /** Loads the packaged MAC known-answer file, hmac_kat.json. */
    public static MacKatFile macKats() {
        return as(load("hmac_kat.json"), MacKatFile.class, "hmac_kat.json");
    }

    /** Loads the packaged cipher known-answer file, cipher_kat.json. */
    public static CipherKatFile cipherKats() {
        return as(load("cipher_kat.json"), CipherKatFile.class, "cipher_kat.json");
    }

    private static <T extends VectorFile> T as(VectorFile file, Class<T> type, String name) {
        if (!type.isInstance(file)) {
            throw new VectorFileException(name + ": is a " + file.header().type().token() + " file, not the kind asked for");
        }
        return type.cast(file);
    }

    private static JsonNode readTree(byte[] content, Locus at) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || !root.isObject()) {
                throw at.fail("is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw at.fail("is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw at.fail("cannot be read: " + e.getMessage(), e);
        }
    }
}
