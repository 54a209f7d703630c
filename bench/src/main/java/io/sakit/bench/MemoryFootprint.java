package io.sakit.bench;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Random;

/**
 * Measures the heap the reference implementation holds per SA once a million inbound SAs are loaded, without
 * crypto objects (they are created on a bundle's first packet): the used heap after full collections, with the
 * adapter loaded, minus the same before the adapter was created, so tables the adapter sizes for its capacity
 * up front count too (goal: at most 256 bytes per SA).
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    /** Returns the measured bytes per SA. */
    public static double bytesPerSa(int count) {
        long before = settledHeap();
        ReferenceAdapter adapter = LoadBenchmark.adapter(count);
        Random random = new Random(11);
        RequestEncoder encoder = new RequestEncoder(Profile.DEFAULT);
        for (int i = 0; i < count; i++) {
            byte[] buffer = encoder.addSa(SampleBundles.request(i + 1, Filters.filter(random, 32, i), Direction.INBOUND));
            if (adapter.setInformation(Oid.ADD_SA.value(), buffer).status() != NdisStatus.SUCCESS.code()) {
                throw new IllegalStateException("add " + i + " failed");
            }
        }
        long loaded = settledHeap();
        double perSa = (loaded - before) / (double) count;
        if (adapter.database().liveSas() != count) {
            throw new IllegalStateException("the adapter lost SAs");
        }
        return perSa;
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Prints the bytes per SA for one million SAs. */
    public static void main(String[] args) {
        System.out.printf("memory per SA (1M inbound SAs, no crypto objects): %.1f bytes%n", bytesPerSa(LoadBenchmark.SAS));
    }
}
