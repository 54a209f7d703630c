package io.sakit.reference.classify;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The entries of one shape, hashed on their masked values with chaining; shapes whose protocol is any and that
 * constrain a port keep a second index without the ports, for packets of protocols that carry none.
 *
 * <p>Layout: every entry has a slot, kept in the {@link FilterTable}; the tuple holds the entries' ids in a dense
 * array by slot, and each index holds its buckets and, per slot, the entry's hash and the next slot of its chain,
 * all in {@code int} arrays, so the garbage collector has nothing to trace. A lookup reads an entry's filter only
 * when its full hash is the packet's.
 */
final class Tuple {

    private static final int INITIAL_SLOTS = 16;

    private final TupleShape shape;
    private final FilterTable filters;
    private final Chains withPorts = new Chains();
    private final Chains portless;
    private int[] ids = new int[INITIAL_SLOTS];
    private int[] freeSlots = new int[0];
    private int freeCount;
    private int usedSlots;
    private int size;

    Tuple(TupleShape shape, FilterTable filters) {
        this.shape = shape;
        this.filters = filters;
        this.portless = shape.needsPortlessIndex() ? new Chains() : null;
    }

    TupleShape shape() {
        return shape;
    }

    int size() {
        return size;
    }

    void add(int id) {
        if (size >= withPorts.bucketCount()) {
            withPorts.rehash(2 * withPorts.bucketCount());
            if (portless != null) {
                portless.rehash(2 * portless.bucketCount());
            }
        }
        int slot = place(id);
        withPorts.link(slot, filters.hash(id, shape, true));
        if (portless != null) {
            portless.link(slot, filters.hash(id, shape, false));
        }
        size++;
    }

    boolean remove(int id) {
        int slot = filters.tupleSlot(id);
        if (slot < 0 || slot >= usedSlots || ids[slot] != id) {
            return false;
        }
        withPorts.unlink(slot);
        if (portless != null) {
            portless.unlink(slot);
        }
        release(slot);
        size--;
        return true;
    }

    void forEachMatch(int source, int destination, int protocol, int sourcePort, int destinationPort, boolean packetHasPorts, IntConsumer action) {
        if (packetHasPorts || portless == null) {
            if (!packetHasPorts && (shape.sourcePort() || shape.destinationPort())) {
                return;
            }
            int hash = shape.hash(source, destination, protocol, sourcePort, destinationPort, packetHasPorts);
            forEachCandidate(withPorts, hash, source, destination, protocol, sourcePort, destinationPort, action);
        } else {
            int hash = shape.hash(source, destination, protocol, 0, 0, false);
            forEachCandidate(portless, hash, source, destination, protocol, sourcePort, destinationPort, action);
        }
    }

    private void forEachCandidate(Chains chains, int hash, int source, int destination, int protocol, int sourcePort, int destinationPort,
            IntConsumer action) {
        for (int link = chains.head(hash); link != 0; link = chains.next(link)) {
            if (chains.hash(link) == hash) {
                int id = ids[link - 1];
                if (filters.matches(id, source, destination, protocol, sourcePort, destinationPort)) {
                    action.accept(id);
                }
            }
        }
    }

    private int place(int id) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (usedSlots == ids.length) {
                ids = Arrays.copyOf(ids, 2 * ids.length);
            }
            slot = usedSlots++;
        }
        ids[slot] = id;
        filters.tupleSlot(id, slot);
        return slot;
    }

    private void release(int slot) {
        filters.tupleSlot(ids[slot], -1);
        ids[slot] = -1;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, Math.max(INITIAL_SLOTS, 2 * freeSlots.length));
        }
        freeSlots[freeCount++] = slot;
    }

    /**
     * One hash index over a tuple's slots: the buckets, and per slot its entry's hash and the next slot of its
     * chain side by side in {@code links}; a link is a slot plus one, 0 ends a chain.
     */
    private static final class Chains {

        private int[] buckets = new int[INITIAL_SLOTS];
        private int[] links = new int[2 * INITIAL_SLOTS];

        int bucketCount() {
            return buckets.length;
        }

        int head(int hash) {
            return buckets[hash & (buckets.length - 1)];
        }

        int hash(int link) {
            return links[2 * link - 2];
        }

        int next(int link) {
            return links[2 * link - 1];
        }

        void link(int slot, int hash) {
            if (2 * slot >= links.length) {
                links = Arrays.copyOf(links, 2 * links.length);
            }
            int bucket = hash & (buckets.length - 1);
            links[2 * slot] = hash;
            links[2 * slot + 1] = buckets[bucket];
            buckets[bucket] = slot + 1;
        }

        /** Takes {@code slot}, which is linked, out of its chain. */
        void unlink(int slot) {
            int bucket = links[2 * slot] & (buckets.length - 1);
            if (buckets[bucket] == slot + 1) {
                buckets[bucket] = links[2 * slot + 1];
                return;
            }
            int previous = buckets[bucket];
            while (next(previous) != slot + 1) {
                previous = next(previous);
            }
            links[2 * previous - 1] = links[2 * slot + 1];
        }

        /** Relinks every linked slot into {@code capacity} buckets, walking the old chains. */
        void rehash(int capacity) {
            int[] old = buckets;
            buckets = new int[capacity];
            for (int head : old) {
                for (int link = head; link != 0; ) {
                    int next = next(link);
                    link(link - 1, hash(link));
                    link = next;
                }
            }
        }
    }
}
