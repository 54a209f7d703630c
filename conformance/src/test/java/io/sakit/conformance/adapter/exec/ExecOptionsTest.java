package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.model.Shard;
import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** exec: ids reach the exec family through the registry, and exec.* options configure the kit's side only (STDIO-PROTOCOL.md 3.3). */
class ExecOptionsTest {

    @Test
    void execIdsAreServedByTheExecFamily() {
        AdapterRegistry registry = AdapterRegistry.load();
        assertThat(registry.provider("exec:/usr/bin/python3 adapter.py")).isInstanceOf(ExecProvider.class)
                .satisfies(p -> assertThat(p.id()).isEqualTo("exec:/usr/bin/python3 adapter.py"));
        assertThatThrownBy(() -> registry.provider("no-such-adapter")).isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("reference").hasMessageContaining("exec:<command line>");
        assertThatThrownBy(() -> registry.provider("exec:  ")).isInstanceOf(AdapterConfigurationException.class).hasMessageContaining("needs a command line");
    }

    @Test
    void execOptionsStayWithTheKitAndTheRestGoToTheChild() {
        AdapterOptions options = new AdapterOptions(Map.of("profile", "x86", "exec.callTimeoutMillis", "250", "exec.stderrBytes", "4096"));
        ExecOptions exec = ExecOptions.from("'/opt/my model/run' --stdio", options, Duration.ofSeconds(5));
        assertThat(exec.command()).containsExactly("/opt/my model/run", "--stdio");
        assertThat(exec.childOptions()).containsExactly(Map.entry("profile", "x86"));
        assertThat(exec.callTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(exec.stderrBytes()).isEqualTo(4096);
        assertThat(exec.startTimeout()).isEqualTo(ExecOptions.DEFAULT_START_TIMEOUT);
    }

    @Test
    void theCallLimitDefaultsToFourFifthsOfTheKitsLimit() {
        assertThat(ExecOptions.from("x", AdapterOptions.NONE, Duration.ofSeconds(5)).callTimeout()).isEqualTo(Duration.ofMillis(4000));
        assertThat(ExecOptions.from("x", AdapterOptions.NONE, Duration.ofMillis(1)).callTimeout()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void unknownOrMalformedExecOptionsAreRefused() {
        assertThatThrownBy(() -> ExecOptions.from("x", new AdapterOptions(Map.of("exec.timeout", "1")), Duration.ofSeconds(5)))
                .isInstanceOf(AdapterConfigurationException.class).hasMessageContaining("exec.timeout");
        assertThatThrownBy(() -> ExecOptions.from("x", new AdapterOptions(Map.of("exec.stderrBytes", "10")), Duration.ofSeconds(5)))
                .isInstanceOf(AdapterConfigurationException.class).hasMessageContaining("exec.stderrBytes");
    }

    @Test
    void reproductionCommandsQuoteTheCommandLine() {
        RunRequest request = new RunRequest("exec:/usr/bin/python3 a.py", List.of("profile=x86"), Budget.QUICK, OptionalLong.empty(), List.of(),
                Shard.WHOLE, "t");
        assertThat(request.configurationParameters().get("sakit.reproduce")).contains("--adapter 'exec:/usr/bin/python3 a.py'")
                .contains("--option profile=x86");
        assertThat(request.withCallTimeout(Duration.ofMillis(1500)).configurationParameters()).containsEntry("sakit.callTimeoutMillis", "1500");
    }
}
