package io.sakit.conformance.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.conformance.cli.Sakit;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No key the adapter was given appears in any file a certification writes, nor in its console output, in
 * hexadecimal (either case) or as raw bytes. Captured packets are left out of the search: they are the
 * implementation's traffic, reported verbatim as evidence, and generated payloads may repeat generated key
 * bytes. Only a key log the user asked for holds keys, which also shows that the search finds them.
 */
class KeyHygieneTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mutant:icv-truncated-wrong", "mutant:no-decrypt-in-place", "mutant:short-buffer-invalid-data", "mutant:key-order-swapped"})
    void keysStayOutOfEveryOutput(String adapter) throws IOException {
        Path out = dir.resolve("out");
        Path keyLog = dir.resolve("keys-esp_sa");
        Sakit run = Sakit.run("certify", "--adapter", "keyspy", "--option", "of=" + adapter, "--budget", "quick", "--seed", "9", "--out",
                out.toString(), "--key-log", keyLog.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        Set<String> keys = KeySpyProvider.keysSeen().stream().filter(KeyHygieneTest::distinctive).collect(Collectors.toSet());
        assertThat(keys).as("keys the adapter was given").hasSizeGreaterThan(10);

        List<Path> outputs;
        try (Stream<Path> files = Files.walk(out)) {
            outputs = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("failures.pcap")).toList();
        }
        assertThat(outputs).extracting(p -> p.getFileName().toString()).contains("report.json", "report.html", "results.jsonl", "failures-esp_sa");
        for (Path file : outputs) {
            assertNoKey(file.toString(), withoutPackets(file), keys);
        }
        assertNoKey("console output", run.out() + run.err(), keys);

        RunReport report = ReportFile.read(out.resolve(ReportFile.NAME));
        if (report.cases().stream().anyMatch(c -> c.sas().stream().anyMatch(sa -> sa.protocol().equals("ESP")))) {
            String logged = Files.readString(keyLog).toLowerCase(Locale.ROOT);
            assertThat(keys.stream().filter(logged::contains)).as("keys found in the key log the user asked for").isNotEmpty();
        }
    }

    private static boolean distinctive(String hex) {
        return hex.length() >= 16 && hex.chars().distinct().count() >= 6;
    }

    private static String withoutPackets(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (name.endsWith(".jsonl")) {
            return text.lines().map(KeyHygieneTest::jsonWithoutPackets).collect(Collectors.joining("\n"));
        }
        if (name.endsWith(".json")) {
            return jsonWithoutPackets(text);
        }
        if (name.endsWith(".html")) {
            return text.replaceAll("(?s)<pre class=\"hex\">.*?</pre>", "");
        }
        return text;
    }

    private static String jsonWithoutPackets(String json) {
        JsonNode tree = ReportJson.read(json, JsonNode.class);
        tree.findParents("packets").forEach(parent -> ((ObjectNode) parent).putArray("packets"));
        return tree.toString();
    }

    private static void assertNoKey(String where, String text, Set<String> keys) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String key : keys) {
            assertThat(lower.indexOf(key)).as("%s holds key %s… in hexadecimal", where, key.substring(0, 4)).isNegative();
            String raw = new String(HexFormat.of().parseHex(key), StandardCharsets.ISO_8859_1);
            assertThat(text.indexOf(raw)).as("%s holds key %s… as raw bytes", where, key.substring(0, 4)).isNegative();
        }
    }
}
