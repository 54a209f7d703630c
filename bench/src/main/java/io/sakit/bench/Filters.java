package io.sakit.bench;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import java.util.Random;

/** Random host-to-subnet filters spread over a chosen number of mask patterns, and flows that match them. */
final class Filters {

    private static final int[] SOURCE_PREFIXES = {8, 16, 24, 32};
    private static final int[] DESTINATION_PREFIXES = {8, 12, 16, 20, 24, 28, 30, 32};

    private Filters() {
    }

    static Filter filter(Random random, int patterns, int index) {
        int pattern = index % patterns;
        int sourceMask = mask(patterns == 1 ? 32 : SOURCE_PREFIXES[pattern % SOURCE_PREFIXES.length]);
        int destinationMask = mask(patterns == 1 ? 32 : DESTINATION_PREFIXES[pattern / SOURCE_PREFIXES.length % DESTINATION_PREFIXES.length]);
        int source = (random.nextInt() | 0x01000000) & sourceMask;
        int destination = (random.nextInt() | 0x01000000) & destinationMask;
        return new Filter(source, sourceMask, destination, destinationMask, Filter.TCP, 0, 1 + random.nextInt(65535));
    }

    static FlowKey matching(Random random, Filter filter) {
        int source = filter.sourceAddress() | (random.nextInt() & ~filter.sourceMask());
        int destination = filter.destinationAddress() | (random.nextInt() & ~filter.destinationMask());
        return new FlowKey(source, destination, Filter.TCP, 1024 + random.nextInt(60000), filter.destinationPort());
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }
}
