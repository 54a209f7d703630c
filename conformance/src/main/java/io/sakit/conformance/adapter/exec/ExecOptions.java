package io.sakit.conformance.adapter.exec;

import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one {@code exec:} adapter runs its child: the command, the options handed to the child in the handshake,
 * the time one call may take, the time a start (process and handshake) may take, and how many bytes of the
 * child's standard error are kept for error messages.
 *
 * <p>Options whose key starts with {@code exec.} configure the exec adapter itself and are not passed on
 * (STDIO-PROTOCOL.md section 3.3); every other option goes to the child.
 */
public record ExecOptions(List<String> command, Map<String, String> childOptions, Duration callTimeout, Duration startTimeout, int stderrBytes) {

    /** The prefix of the options that configure the exec adapter itself. */
    public static final String PREFIX = "exec.";
    /** The option overriding the per-call limit, in milliseconds. */
    public static final String CALL_TIMEOUT = "exec.callTimeoutMillis";
    /** The option overriding the start limit, in milliseconds. */
    public static final String START_TIMEOUT = "exec.startTimeoutMillis";
    /** The option overriding how many bytes of standard error are kept. */
    public static final String STDERR_BYTES = "exec.stderrBytes";
    /** The start limit when none is given: room for a JVM or an interpreter with heavy imports to come up. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(10);
    /** The standard-error bytes kept when no limit is given. */
    public static final int DEFAULT_STDERR_BYTES = 2048;

    private static final Set<String> OWN = Set.of(CALL_TIMEOUT, START_TIMEOUT, STDERR_BYTES);
    private static final int MAX_MILLIS = 3_600_000;

    /** Requires a command, positive limits and a stderr buffer of 64 bytes to 1 MiB. */
    public ExecOptions {
        command = List.copyOf(command);
        childOptions = Map.copyOf(childOptions);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the command is empty");
        }
        if (callTimeout.isNegative() || callTimeout.isZero() || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
        if (stderrBytes < 64 || stderrBytes > 1 << 20) {
            throw new IllegalArgumentException("stderrBytes " + stderrBytes + " must be from 64 to 1048576");
        }
    }

    /**
     * Reads the settings of {@code exec:<commandLine>} from {@code options}; the call limit defaults to 80% of
     * {@code kitCallLimit}, so the adapter stops a hung child, and reports its standard error, before the kit's
     * watchdog gives up on the call.
     *
     * @throws AdapterConfigurationException for a malformed command line or {@code exec.} option
     */
    public static ExecOptions from(String commandLine, AdapterOptions options, Duration kitCallLimit) {
        Map<String, String> child = new TreeMap<>();
        Map<String, String> own = new TreeMap<>();
        options.values().forEach((key, value) -> (key.startsWith(PREFIX) ? own : child).put(key, value));
        AdapterOptions ownOptions = new AdapterOptions(own);
        ownOptions.requireOnly(OWN);
        long defaultCall = Math.max(1, kitCallLimit.toMillis() * 4 / 5);
        Duration call = Duration.ofMillis(ownOptions.getInt(CALL_TIMEOUT, (int) Math.min(defaultCall, MAX_MILLIS), 1, MAX_MILLIS));
        Duration start = Duration.ofMillis(ownOptions.getInt(START_TIMEOUT, (int) DEFAULT_START_TIMEOUT.toMillis(), 1, MAX_MILLIS));
        int stderr = ownOptions.getInt(STDERR_BYTES, DEFAULT_STDERR_BYTES, 64, 1 << 20);
        return new ExecOptions(CommandWords.split(commandLine), child, call, start, stderr);
    }
}
