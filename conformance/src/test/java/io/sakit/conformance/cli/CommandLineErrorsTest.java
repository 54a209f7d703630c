package io.sakit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every wrong flag, unusable input and infrastructure failure ends with exit status 2 and a clear message on
 * one line (plus, for usage errors, one line pointing at --help), never a stack trace.
 */
class CommandLineErrorsTest {

    @TempDir
    Path dir;

    private static Sakit failing(String... args) {
        Sakit result = Sakit.run(args);
        assertThat(result.status()).as("exit status of sakit %s", String.join(" ", args)).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).as("error output of sakit %s", String.join(" ", args)).hasSizeBetween(1, 2)
                .allSatisfy(line -> assertThat(line).doesNotContain("Exception").doesNotStartWith("\tat "));
        assertThat(result.errLines()[0]).startsWith("sakit: ");
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"certify --bogus", "certify --budget huge", "certify --shard 3/2", "certify --seed twelve", "list things", "frobnicate",
        "diff onlyone", "merge"})
    @DisplayName("a wrong flag or argument is a usage error")
    void usageErrors(String line) {
        failing(line.split(" "));
    }

    @Test
    @DisplayName("an unknown adapter id is refused with the list of known ids")
    void unknownAdapter() {
        assertThat(failing("certify", "--adapter", "nosuch", "--out", dir.resolve("out").toString()).err())
                .contains("unknown adapter 'nosuch'").contains("reference").contains("mutant:");
    }

    @Test
    @DisplayName("an option the adapter does not know is refused by name")
    void unknownOption() {
        assertThat(failing("certify", "--option", "colour=blue", "--out", dir.resolve("out").toString()).err()).contains("colour");
    }

    @Test
    @DisplayName("an output directory that cannot be created is refused before the run")
    void unwritableOutput() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertThat(failing("certify", "--budget", "quick", "--out", file.resolve("out").toString()).err()).contains("cannot create the output directory");
    }

    @Test
    @DisplayName("a full disk stops the run with the device's reason")
    void fullDisk() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "this system has no /dev/full");
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("results.jsonl"), full);
        assertThat(failing("certify", "--budget", "quick", "--out", out.toString()).err()).contains("No space left on device");
    }

    @Test
    @DisplayName("a corrupt or truncated vector file is reported with its name and what is wrong, and nothing else is lost")
    void brokenVectorFiles() throws IOException {
        Path exported = dir.resolve("export");
        assertThat(Sakit.run("vectors", "export", "--out", exported.toString()).status()).isZero();
        Path good = exported.resolve("vectors").resolve("delete_sa.json");
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.json"), Arrays.copyOf(bytes, bytes.length / 2));
        Path corrupt = Files.writeString(dir.resolve("corrupt.json"), new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("\"result\"\\s*:\\s*\"valid\"", "\"result\": \"maybe\""));
        assertThat(Sakit.run("vectors", "validate", good.toString()).status()).isZero();
        assertThat(failing("vectors", "validate", truncated.toString()).err()).contains("truncated.json");
        assertThat(failing("vectors", "validate", corrupt.toString()).err()).contains("corrupt.json");
        assertThat(Files.readAllBytes(good)).isEqualTo(bytes);
    }

    @Test
    @DisplayName("a report that is not there or not a report is refused by diff, merge, verify and --rerun-failed")
    void missingReports() throws IOException {
        Path junk = Files.writeString(dir.resolve("report.json"), "{\"not\": \"a report\"}");
        Path none = dir.resolve("none");
        failing("diff", junk.toString(), none.toString());
        failing("merge", junk.toString(), "--out", dir.resolve("m").toString());
        failing("certify", "--rerun-failed", none.toString(), "--out", dir.resolve("r").toString());
        assertThat(Sakit.run("verify", none.toString()).status()).isNotZero();
    }

    @Test
    @DisplayName("--debug adds the stack trace an engineer needs")
    void debugShowsStackTrace() {
        Sakit result = Sakit.run("certify", "--adapter", "faulty", "--option", "fault=create-throws", "--debug", "--out", dir.resolve("o").toString());
        assertThat(result.status()).isEqualTo(Main.ERROR);
        assertThat(result.err()).startsWith("sakit: injected fault: the device is gone").contains("\tat ");
    }
}
