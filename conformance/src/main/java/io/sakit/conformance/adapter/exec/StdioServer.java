package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Serves an in-process adapter over sakit stdio protocol 1 on standard input and output, so that the protocol
 * can be tested end to end in Java and its cost measured against calling the adapter directly.
 *
 * <p>Usage: {@code java -cp <kit class path> io.sakit.conformance.adapter.exec.StdioServer <adapter id> [key=value ...]}.
 * The options on the command line and those of the handshake are merged; a key given in both is refused.
 * While serving, {@code System.out} is redirected to standard error, so stray output cannot corrupt the protocol.
 */
public final class StdioServer {

    /** Exit status after a shutdown request or the end of standard input. */
    public static final int OK = 0;
    /** Exit status for a usage error or a request line that is not a message with an id. */
    public static final int FAILED = 2;

    private final RequestHandler handler;

    /** Creates a server of the adapters {@code provider} makes, with {@code options} merged into each handshake's. */
    public StdioServer(AdapterProvider provider, AdapterOptions options) {
        this.handler = new RequestHandler(provider, options, kitVersion());
    }

    /** Serves the adapter named by {@code args[0]} with the options {@code args[1..]} on standard input and output, then exits. */
    public static void main(String[] args) {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        if (args.length == 0) {
            System.err.println("usage: StdioServer <adapter id> [key=value ...]");
            System.exit(FAILED);
        }
        int status;
        try {
            AdapterProvider provider = AdapterRegistry.load().provider(args[0]);
            AdapterOptions options = AdapterOptions.parse(Arrays.asList(args).subList(1, args.length));
            status = new StdioServer(provider, options).serve(System.in, protocolOut);
        } catch (RuntimeException e) {
            System.err.println("StdioServer: " + e.getMessage());
            status = FAILED;
        }
        System.exit(status);
    }

    /**
     * Answers requests from {@code in} on {@code out} until a shutdown request or the end of {@code in}.
     *
     * @return {@link #OK}, or {@link #FAILED} after a line that is not a JSON object with an integer id
     */
    public int serve(InputStream in, OutputStream out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode request = Protocol.parse(line);
                long id = Fields.integer(request, "id", 1, Long.MAX_VALUE);
                out.write((Protocol.write(handler.answer(id, request)) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (Protocol.SHUTDOWN.equals(request.path("type").asText())) {
                    break;
                }
            }
            return OK;
        } catch (MessageException e) {
            System.err.println("StdioServer: a request line " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            handler.close();
        }
    }

    /** Returns the command that runs a server of {@code adapterId} with {@code options} in a new JVM with this JVM's class path. */
    public static List<String> javaCommand(String adapterId, List<String> options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), StdioServer.class.getName(), adapterId));
        command.addAll(options);
        return command;
    }

    /**
     * Starts a server of {@code adapterId} in a new JVM and returns the exec adapter connected to it: the adapter a
     * benchmark drives with trivial calls ({@code reset()}) to compare protocol round trips with in-process calls.
     */
    public static ExecAdapter childAdapter(String adapterId, List<String> options) {
        String commandLine = CommandWords.join(javaCommand(adapterId, options));
        return ExecAdapter.start(ExecOptions.from(commandLine, AdapterOptions.NONE, AdapterRegistry.DEFAULT_CALL_LIMIT));
    }

    private static String kitVersion() {
        Properties properties = new Properties();
        try (InputStream in = StdioServer.class.getResourceAsStream("/io/sakit/conformance/kit.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
