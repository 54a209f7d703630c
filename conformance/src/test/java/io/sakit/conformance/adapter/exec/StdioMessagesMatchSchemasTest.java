package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request the exec adapter writes and every response StdioServer writes in a real run matches its JSON Schema:
 * the run goes through {@code tee} on both pipes, and each recorded line is checked.
 */
class StdioMessagesMatchSchemasTest {

    @TempDir
    Path directory;

    @Test
    void everyLineOfARealRunMatchesItsSchema() throws IOException {
        Path requests = directory.resolve("requests.jsonl");
        Path responses = directory.resolve("responses.jsonl");
        String server = CommandWords.join(StdioServer.javaCommand("reference", List.of()));
        String pipeline = "tee " + CommandWords.quote(requests.toString()) + " | " + server + " | tee " + CommandWords.quote(responses.toString());
        String adapter = ExecFamily.PREFIX + CommandWords.join(List.of("sh", "-c", pipeline));
        RunReport report = Runner.run(new RunRequest(adapter, List.of(), Budget.QUICK, OptionalLong.of(3), List.of("FLT", "UDP", "TX", "ROB"), Shard.WHOLE,
                "test"), new RunListener() { });
        assertThat(report.cases()).isNotEmpty().noneMatch(c -> c.outcome().isProblem());
        StdioSchemas schemas = new StdioSchemas();
        List<String> sent = Files.readAllLines(requests);
        List<String> answered = Files.readAllLines(responses);
        assertThat(answered).hasSameSizeAs(sent);
        assertThat(sent.stream().map(line -> StdioSchemas.parse(line).get("type").asText()).distinct())
                .contains("hello", "set", "transmit", "receive", "classify", "reset", "shutdown");
        assertThat(Stream.concat(sent.stream().flatMap(line -> schemas.requestViolations(line).stream()),
                answered.stream().flatMap(line -> schemas.responseViolations(line).stream())).limit(5)).isEmpty();
    }
}
