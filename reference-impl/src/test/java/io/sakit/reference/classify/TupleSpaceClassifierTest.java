package io.sakit.reference.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tuple-space classification finds exactly the entries a scan over every filter finds, through adds, removes and rehashes. */
class TupleSpaceClassifierTest {

    private static final int[] PREFIXES = {0, 8, 16, 24, 30, 32};
    private static final int[] PROTOCOLS = {0, 0, Filter.TCP, Filter.UDP, 1};

    private static final class Entry extends FilterEntry {
        Entry(Filter filter) {
            super(filter);
        }
    }

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
        TupleSpaceClassifier classifier = new TupleSpaceClassifier();
        List<Entry> live = new ArrayList<>();
        for (int step = 0; step < 10_000; step++) {
            if (!live.isEmpty() && random.nextInt(3) == 0) {
                Entry removed = live.remove(random.nextInt(live.size()));
                assertThat(classifier.remove(removed)).isTrue();
                assertThat(classifier.remove(removed)).isFalse();
            } else {
                Entry entry = new Entry(filter(random));
                classifier.add(entry);
                live.add(entry);
            }
        }
        assertThat(classifier.size()).isEqualTo(live.size());
        for (int i = 0; i < 1_000; i++) {
            FlowKey flow = flow(random);
            List<FilterEntry> expected = live.stream().filter(e -> e.matches(flow)).map(e -> (FilterEntry) e).toList();
            assertThat(classifier.matches(flow)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    @DisplayName("an entry of another classifier is not removed, and a removed entry can be added again")
    void removesOnlyItsOwnEntries() {
        TupleSpaceClassifier first = new TupleSpaceClassifier();
        TupleSpaceClassifier second = new TupleSpaceClassifier();
        Entry one = new Entry(Filter.ANY);
        Entry other = new Entry(Filter.ANY);
        first.add(one);
        second.add(other);
        assertThat(first.remove(other)).isFalse();
        assertThat(first.remove(one)).isTrue();
        first.add(one);
        assertThat(first.matches(new FlowKey(1, 2, Filter.TCP, 3, 4))).containsExactly(one);
    }
}
