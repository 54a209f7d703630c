package io.sakit.spec.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of malformed vector file fails with one {@link VectorFileException} whose one-line message names the file and the test. */
class VectorFileErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the first three tests of the packaged add_sa.json as a small, valid file. */
    private static ObjectNode smallAddSa() throws IOException {
        try (InputStream in = VectorFileErrorsTest.class.getResourceAsStream("/io/sakit/spec/data/vectors/add_sa.json")) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(in);
            ArrayNode groups = (ArrayNode) root.get("testGroups");
            while (groups.size() > 1) {
                groups.remove(1);
            }
            ArrayNode tests = (ArrayNode) groups.get(0).get("tests");
            while (tests.size() > 3) {
                tests.remove(3);
            }
            root.put("numberOfTests", 3);
            return root;
        }
    }

    private static ObjectNode test(ObjectNode root, int index) {
        return (ObjectNode) root.get("testGroups").get(0).get("tests").get(index);
    }

    private static String failure(Consumer<ObjectNode> corrupt) throws IOException {
        ObjectNode root = smallAddSa();
        corrupt.accept(root);
        return failure(MAPPER.writeValueAsBytes(root));
    }

    private static String failure(byte[] content) {
        Throwable thrown = catchThrowable(() -> VectorLoader.parse("add_sa.json", content));
        assertThat(thrown).isInstanceOf(VectorFileException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n").startsWith("add_sa.json: ");
        return thrown.getMessage();
    }

    @Test
    void theSmallFileItselfLoads() throws IOException {
        assertThat(VectorLoader.parse("add_sa.json", MAPPER.writeValueAsBytes(smallAddSa())).tests()).hasSize(3);
    }

    @Test
    void truncatedJsonIsNotValidJson() throws IOException {
        byte[] whole = MAPPER.writeValueAsBytes(smallAddSa());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThat(failure(truncated)).startsWith("add_sa.json: is not valid JSON: ").contains("line ");
    }

    @Test
    void wrongNumberOfTestsIsReported() throws IOException {
        assertThat(failure(root -> root.put("numberOfTests", 4))).isEqualTo("add_sa.json: numberOfTests is 4 but the file holds 3 tests");
    }

    @Test
    void duplicateTcIdNamesTheTest() throws IOException {
        assertThat(failure(root -> test(root, 2).put("tcId", 1))).isEqualTo("add_sa.json: test 1: tcId 1 is used more than once");
    }

    @Test
    void undefinedFlagNamesTheTestAndTheFlag() throws IOException {
        assertThat(failure(root -> ((ArrayNode) test(root, 1).get("flags")).add("Foo")))
                .isEqualTo("add_sa.json: test 2: flag 'Foo' is not defined in notes");
    }

    @Test
    void badHexNamesTheFieldButNotItsValue() throws IOException {
        String message = failure(root -> ((ObjectNode) test(root, 0).get("request")).put("buffer", "0a0b0g"));
        assertThat(message).startsWith("add_sa.json: test 1: schema violation at /testGroups/0/tests/0/request/buffer: ").doesNotContain("0a0b0g");
    }

    @Test
    void oddLengthHexIsRefused() throws IOException {
        assertThat(failure(root -> ((ObjectNode) test(root, 0).get("request")).put("buffer", "abc")))
                .startsWith("add_sa.json: test 1: schema violation at /testGroups/0/tests/0/request/buffer");
    }

    @Test
    void unknownStatusIsRefused() throws IOException {
        assertThat(failure(root -> test(root, 2).put("status", "PENDING")))
                .startsWith("add_sa.json: test 3: schema violation at /testGroups/0/tests/2/status: ");
    }

    @Test
    void missingResultIsASchemaViolation() throws IOException {
        assertThat(failure(root -> test(root, 1).remove("result")))
                .startsWith("add_sa.json: test 2: schema violation at /testGroups/0/tests/1").contains("result");
    }

    @Test
    void unknownSchemaIsRefused() throws IOException {
        assertThat(failure(root -> root.put("schema", "other.schema.json")))
                .isEqualTo("add_sa.json: field 'schema' does not name a vector schema of the kit");
    }

    @Test
    void handleCopiedFromALaterStepIsRefused() throws IOException {
        String message = failure(root -> {
            ObjectNode request = (ObjectNode) test(root, 0).get("request");
            ObjectNode copy = request.putArray("handles").addObject();
            copy.put("from", 0).put("field", "offloadHandle").put("at", 0);
        });
        assertThat(message).isEqualTo("add_sa.json: test 1: the request copies a handle from setup step 0, which does not come before it");
    }

    @Test
    void aFileOnDiskLoadsAndFailsTheSameWay(@TempDir Path directory) throws IOException {
        ObjectNode root = smallAddSa();
        Path good = directory.resolve("add_sa.json");
        Files.write(good, MAPPER.writeValueAsBytes(root));
        assertThat(VectorLoader.load(good).tests()).hasSize(3);
        Path bad = directory.resolve("broken.json");
        Files.writeString(bad, "{\"schema\": ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VectorLoader.load(bad)).isInstanceOf(VectorFileException.class).hasMessageStartingWith("broken.json: is not valid JSON");
    }

    @Test
    void unknownPackagedFileListsThePackagedOnes() {
        assertThatThrownBy(() -> VectorLoader.load("nope.json")).isInstanceOf(VectorFileException.class)
                .hasMessageStartingWith("nope.json: no such vector file in the kit").hasMessageContaining("add_sa.json");
    }
}
