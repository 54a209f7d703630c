package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked examples of STDIO-PROTOCOL.md section 6 are valid messages of their schemas, responses echo their
 * request's id and type, and they are what the Python sample really answers.
 */
class StdioProtocolDocumentTest {

    private static final Pattern BLOCK = Pattern.compile("```sakit-exchange( new-process)?\\n(.*?)```", Pattern.DOTALL);

    private final StdioSchemas schemas = new StdioSchemas();

    /** The exchanges of the document, one list of lines per process. */
    static List<List<String>> processes() {
        List<List<String>> processes = new ArrayList<>();
        Matcher block = BLOCK.matcher(StdioSchemas.resource("STDIO-PROTOCOL.md"));
        while (block.find()) {
            if (processes.isEmpty() || block.group(1) != null) {
                processes.add(new ArrayList<>());
            }
            processes.get(processes.size() - 1).addAll(block.group(2).lines().toList());
        }
        return processes;
    }

    @Test
    void everyExampleLineMatchesItsSchema() {
        List<List<String>> processes = processes();
        assertThat(processes).as("processes in the examples").hasSize(2);
        for (List<String> lines : processes) {
            assertThat(lines.size() % 2).as("requests and responses alternate").isZero();
            for (int i = 0; i < lines.size(); i += 2) {
                String request = strip(lines.get(i), "> ");
                String response = strip(lines.get(i + 1), "< ");
                assertThat(schemas.requestViolations(request)).as(request).isEmpty();
                assertThat(schemas.responseViolations(response)).as(response).isEmpty();
                assertThat(StdioSchemas.parse(response).get("id")).isEqualTo(StdioSchemas.parse(request).get("id"));
                assertThat(StdioSchemas.parse(response).get("type").asText()).isIn(StdioSchemas.parse(request).get("type").asText(), "error");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":3,\"type\":\"set\",\"status\":0,\"bytesRead\":0,\"bytesNeeded\":0,\"buffer\":\"0A\"}",
        "{\"id\":3,\"type\":\"set\",\"status\":-1073676267,\"bytesRead\":0,\"bytesNeeded\":0,\"buffer\":\"\"}",
        "{\"id\":3,\"type\":\"set\",\"status\":0,\"bytesRead\":0,\"buffer\":\"\"}",
        "{\"id\":3,\"type\":\"transmit\",\"status\":0,\"packet\":\"\",\"note\":\"x\"}",
        "{\"id\":3,\"type\":\"classify\",\"handles\":[1]}",
        "{\"id\":3,\"type\":\"classify\",\"handles\":[\"007\"]}",
        "{\"id\":0,\"type\":\"reset\"}",
        "{\"id\":3,\"type\":\"receive\",\"packet\":\"\",\"info\":{\"cryptoDone\":true,\"nextCryptoDone\":false,\"cryptoStatus\":0}}",
    })
    void theSchemasRefuseWhatTheProtocolForbids(String response) {
        assertThat(schemas.responseViolations(response)).isNotEmpty();
    }

    @Test
    void theExamplesAreWhatThePythonSampleAnswers() throws IOException, InterruptedException {
        assumeTrue(PythonSampleTest.cryptographyImports(), PythonSampleTest.PYTHON + " cannot import cryptography: run scripts/install-python-sample-deps.sh");
        String sample = PythonSampleTest.repositoryRoot().resolve("samples/python-adapter/sakit_adapter.py").toString();
        for (List<String> lines : processes()) {
            Process process = new ProcessBuilder(PythonSampleTest.PYTHON, sample).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            OutputStream requests = process.getOutputStream();
            for (int i = 0; i < lines.size(); i += 2) {
                requests.write((strip(lines.get(i), "> ") + "\n").getBytes(StandardCharsets.UTF_8));
                requests.flush();
                assertThat(StdioSchemas.parse(answers.readLine())).as(lines.get(i)).isEqualTo(StdioSchemas.parse(strip(lines.get(i + 1), "< ")));
            }
            requests.close();
            process.waitFor();
        }
    }

    private static String strip(String line, String marker) {
        assertThat(line).startsWith(marker);
        return line.substring(marker.length());
    }
}
