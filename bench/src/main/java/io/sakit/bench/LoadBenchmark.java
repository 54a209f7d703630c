package io.sakit.bench;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading one million inbound SAs through the reference's raw ADD_SA path (decode, validate, duplicate and capacity
 * checks, indexes), against copying the same buffers, which is the least any add path must do (goal: under 1 s).
 * The fork touches its whole heap at start ({@code -XX:+AlwaysPreTouch}), so that the figure is the add path's and
 * not the cost of a virtual machine's first touch of fresh heap pages, which on a shared host can exceed it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LoadBenchmark {

    /** The number of SAs loaded. */
    static final int SAS = 1_000_000;

    private byte[][] buffers;
    private ReferenceAdapter adapter;

    @Setup(Level.Trial)
    public void encode() {
        buffers = buffers(SAS, 7);
    }

    /** Returns {@code count} ADD_SA buffers of inbound 3DES/SHA-1 SAs with distinct SPIs and random /24 filters. */
    static byte[][] buffers(int count, long seed) {
        Random random = new Random(seed);
        RequestEncoder encoder = new RequestEncoder(Profile.DEFAULT);
        byte[][] buffers = new byte[count][];
        for (int i = 0; i < count; i++) {
            var filter = Filters.filter(random, 32, i);
            buffers[i] = encoder.addSa(SampleBundles.request(i + 1, filter, Direction.INBOUND));
        }
        return buffers;
    }

    /** Returns a reference adapter with room for {@code capacity} SAs. */
    static ReferenceAdapter adapter(int capacity) {
        AdapterCapabilities defaults = ReferenceConfig.defaults().capabilities();
        return new ReferenceAdapter(new ReferenceConfig(new AdapterCapabilities(IpsecOffloadV1.EVERYTHING, capacity, defaults.parserEntryCapacity(),
                Profile.DEFAULT, true), false));
    }

    @Setup(Level.Iteration)
    public void emptyAdapter() {
        adapter = adapter(SAS);
    }

    @Benchmark
    public int loadThroughAddPath() {
        int added = 0;
        for (byte[] buffer : buffers) {
            if (adapter.setInformation(Oid.ADD_SA.value(), buffer.clone()).status() == NdisStatus.SUCCESS.code()) {
                added++;
            }
        }
        if (added != SAS) {
            throw new IllegalStateException("only " + added + " of " + SAS + " adds succeeded");
        }
        return added;
    }

    @Benchmark
    public int copyBuffersOnly() {
        int total = 0;
        for (byte[] buffer : buffers) {
            total += buffer.clone().length;
        }
        return total;
    }
}
