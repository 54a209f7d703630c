package io.sakit.testkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.vector.VectorLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed corpus in spec/vectors is exactly what the generator writes today, so it can never drift from it. */
class VectorCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("basedir", ".")).resolve("../spec/vectors").normalize();

    private static Map<String, String> generated;

    @BeforeAll
    static void generate() {
        generated = VectorGenerator.render();
    }

    @Test
    void theGeneratorWritesExactlyThePackagedFiles() throws IOException {
        assertThat(generated.keySet()).containsExactlyElementsOf(VectorLoader.packagedFiles());
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(generated.keySet());
        }
    }

    @Test
    void everyCommittedFileEqualsItsRegenerationByteForByte() throws IOException {
        for (Map.Entry<String, String> file : generated.entrySet()) {
            byte[] committed = Files.readAllBytes(CORPUS.resolve(file.getKey()));
            assertThat(committed).as("%s differs from the generator's output: run VectorGenerator spec/vectors", file.getKey())
                    .isEqualTo(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void generationIsDeterministic() {
        assertThat(VectorGenerator.render()).isEqualTo(generated);
    }

    @Test
    void everyGeneratedFileLoads() {
        generated.forEach((name, text) -> assertThat(VectorLoader.parse(name, text.getBytes(StandardCharsets.UTF_8)).tests()).isNotEmpty());
    }

    @Test
    void theOidRequestFilesHoldAtLeastThreeHundredTestsAndTheFilterFileAHundredAndFifty() {
        int oid = Stream.of("add_sa.json", "delete_sa.json", "udpesp_sa.json").mapToInt(name -> VectorLoader.load(name).tests().size()).sum();
        assertThat(oid).isGreaterThanOrEqualTo(300);
        assertThat(VectorLoader.filterMatch().tests()).hasSizeGreaterThanOrEqualTo(150);
    }
}
