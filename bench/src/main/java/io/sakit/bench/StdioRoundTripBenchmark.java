package io.sakit.bench;

import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.conformance.adapter.exec.ExecAdapter;
import io.sakit.conformance.adapter.exec.StdioServer;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Requests per second of the same trivial calls on the reference implementation in process and served over sakit
 * stdio protocol 1 by {@link StdioServer} in a child JVM (STDIO-PROTOCOL.md section 9): the cost of one protocol
 * round trip (goal: at least 20,000 requests/s over the pipe).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class StdioRoundTripBenchmark {

    /** DELETE_SA of handle 0x2A, which was never returned: an 8-byte x64 buffer the reference refuses. */
    private static final byte[] UNKNOWN_HANDLE = {0x2A, 0, 0, 0, 0, 0, 0, 0};
    /** The 56-byte AH datagram of STDIO-PROTOCOL.md 6.4, sent with a handle that names no bundle. */
    private static final byte[] PACKET = HexFormat.of()
            .parseHex("450000382a0140004033f8890a0102040a01020311040000000056780000000100000000000000000000000013880035000c000070696e67");

    /** The call each request makes. */
    @Param({"reset", "deleteSa", "transmit"})
    public String call;

    private Function<OffloadAdapter, Object> request;

    /** The reference adapter in this JVM. */
    @State(Scope.Benchmark)
    public static class InProcess {

        OffloadAdapter adapter;

        /** Creates the adapter as the registry does for {@code --adapter reference}. */
        @Setup
        public void create() {
            adapter = AdapterRegistry.load().create("reference", AdapterOptions.NONE);
        }

        /** Closes the adapter. */
        @TearDown
        public void close() {
            adapter.close();
        }
    }

    /** The reference adapter served over stdio by a child JVM. */
    @State(Scope.Benchmark)
    public static class OverStdio {

        ExecAdapter adapter;

        /** Starts the child and performs the handshake. */
        @Setup
        public void start() {
            adapter = StdioServer.childAdapter("reference", List.of());
        }

        /** Shuts the child down, so that no JVM outlives the trial. */
        @TearDown
        public void close() {
            adapter.close();
        }
    }

    /** Picks the call named by {@link #call}. */
    @Setup
    public void pick() {
        request = switch (call) {
            case "reset" -> adapter -> {
                adapter.reset();
                return adapter;
            };
            case "deleteSa" -> adapter -> adapter.setInformation(Oid.DELETE_SA.value(), UNKNOWN_HANDLE);
            case "transmit" -> adapter -> adapter.transmit(PACKET, 0x2A, 0);
            default -> throw new IllegalArgumentException("unknown call " + call);
        };
    }

    @Benchmark
    public Object inProcess(InProcess state) {
        return request.apply(state.adapter);
    }

    @Benchmark
    public Object overStdio(OverStdio state) {
        return request.apply(state.adapter);
    }
}
