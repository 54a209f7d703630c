package io.sakit.reference.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tuple-space classification finds exactly the entries a scan over every filter finds, through adds, removes and rehashes. */
class TupleSpaceClassifierTest {

    private static final int[] PREFIXES = {0, 8, 16, 24, 30, 32};
    private static final int[] PROTOCOLS = {0, 0, Filter.TCP, Filter.UDP, 1};

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    private static int address(Random random) {
        return 0x0A000000 | random.nextInt(4) << 8 | random.nextInt(4);
    }

    private static Filter filter(Random random) {
        int sourceMask = mask(PREFIXES[random.nextInt(PREFIXES.length)]);
        int destinationMask = mask(PREFIXES[random.nextInt(PREFIXES.length)]);
        int protocol = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        boolean ports = protocol == 0 || FlowKey.hasPorts(protocol);
        int source = random.nextInt(5) == 0 ? 0 : address(random) & (sourceMask == 0 ? -1 : sourceMask);
        int destination = random.nextInt(5) == 0 ? 0 : address(random) & (destinationMask == 0 ? -1 : destinationMask);
        return new Filter(source, sourceMask, destination, destinationMask, protocol, ports && random.nextBoolean() ? 1 + random.nextInt(3) : 0,
                ports && random.nextBoolean() ? 1 + random.nextInt(3) : 0);
    }

    private static FlowKey flow(Random random) {
        int protocol = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        if (!FlowKey.hasPorts(protocol)) {
            return new FlowKey(address(random), address(random), protocol == 0 ? 50 : protocol, 0, 0);
        }
        return new FlowKey(address(random), address(random), protocol, random.nextInt(4), random.nextInt(4));
    }

    @Test
    @DisplayName("after random adds and removes every flow matches exactly the entries a linear scan matches")
    void agreesWithALinearScan() {
        Random random = new Random(5);
        FilterTable filters = new FilterTable(4);
        TupleSpaceClassifier classifier = new TupleSpaceClassifier(filters);
        List<Integer> live = new ArrayList<>();
        Map<Integer, Filter> byId = new HashMap<>();
        for (int step = 0; step < 10_000; step++) {
            if (!live.isEmpty() && random.nextInt(3) == 0) {
                int removed = live.remove(random.nextInt(live.size()));
                assertThat(classifier.remove(removed)).isTrue();
                assertThat(classifier.remove(removed)).isFalse();
            } else {
                int id = step;
                byId.put(id, filter(random));
                filters.set(id, byId.get(id));
                classifier.add(id);
                live.add(id);
            }
        }
        assertThat(classifier.size()).isEqualTo(live.size());
        for (int i = 0; i < 1_000; i++) {
            FlowKey flow = flow(random);
            List<Integer> expected = live.stream().filter(id -> byId.get(id).matches(flow)).toList();
            assertThat(classifier.matches(flow)).containsExactlyInAnyOrder(expected.stream().mapToInt(Integer::intValue).toArray());
            assertThat(expected).allSatisfy(id -> assertThat(filters.matches(id, flow)).isTrue());
        }
    }

    @Test
    @DisplayName("an entry of another classifier is not removed, and a removed entry can be added again")
    void removesOnlyItsOwnEntries() {
        FilterTable filters = new FilterTable(4);
        TupleSpaceClassifier first = new TupleSpaceClassifier(filters);
        TupleSpaceClassifier second = new TupleSpaceClassifier(filters);
        int one = 0;
        int other = 1;
        filters.set(one, Filter.ANY);
        filters.set(other, Filter.ANY);
        first.add(one);
        second.add(other);
        assertThat(first.remove(other)).isFalse();
        assertThat(first.remove(one)).isTrue();
        first.add(one);
        assertThat(first.matches(new FlowKey(1, 2, Filter.TCP, 3, 4))).containsExactly(one);
        assertThat(second.matches(new FlowKey(1, 2, Filter.TCP, 3, 4))).containsExactly(other);
    }
}
