package io.sakit.reference.classify;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The entries of one shape, hashed on their masked values with chaining; shapes whose protocol is any and that
 * constrain a port keep a second table without the ports, for packets of protocols that carry none.
 *
 * <p>Layout: every entry has a slot, kept in the entry; the tuple holds the entries in a dense array by slot,
 * their hashes, and the buckets and chain links as slot numbers plus one (0 ends a chain), in {@code int}
 * arrays. Linking an entry so writes no reference at a random place of a large array, which under G1 costs a
 * card refinement per write, and a rehash reads only {@code int} arrays, never the entries.
 */
final class Tuple {

    private static final int INITIAL_BUCKETS = 16;

    private final TupleShape shape;
    private FilterEntry[] entries = new FilterEntry[INITIAL_BUCKETS];
    private int[] hashes = new int[INITIAL_BUCKETS];
    private int[] next = new int[INITIAL_BUCKETS];
    private int[] portlessHashes;
    private int[] nextPortless;
    private int[] buckets = new int[INITIAL_BUCKETS];
    private int[] portless;
    private int[] freeSlots = new int[0];
    private int freeCount;
    private int usedSlots;
    private int size;

    Tuple(TupleShape shape) {
        this.shape = shape;
        if (shape.needsPortlessIndex()) {
            portlessHashes = new int[INITIAL_BUCKETS];
            nextPortless = new int[INITIAL_BUCKETS];
            portless = new int[INITIAL_BUCKETS];
        }
    }

    TupleShape shape() {
        return shape;
    }

    int size() {
        return size;
    }

    void add(FilterEntry entry) {
        if (size >= buckets.length) {
            rehash(2 * buckets.length);
        }
        int slot = place(entry);
        hashes[slot] = hash(entry, true);
        if (portlessHashes != null) {
            portlessHashes[slot] = hash(entry, false);
        }
        link(slot);
        size++;
    }

    boolean remove(FilterEntry entry) {
        int slot = entry.slot;
        if (slot < 0 || slot >= usedSlots || entries[slot] != entry) {
            return false;
        }
        int bucket = hashes[slot] & (buckets.length - 1);
        buckets[bucket] = unlink(buckets[bucket], slot, next);
        if (portless != null) {
            int portlessBucket = portlessHashes[slot] & (portless.length - 1);
            portless[portlessBucket] = unlink(portless[portlessBucket], slot, nextPortless);
        }
        release(slot);
        size--;
        return true;
    }

    void forEachMatch(int source, int destination, int protocol, int sourcePort, int destinationPort, boolean packetHasPorts,
            Consumer<FilterEntry> action) {
        if (packetHasPorts || !shape.needsPortlessIndex()) {
            if (!packetHasPorts && (shape.sourcePort() || shape.destinationPort())) {
                return;
            }
            int bucket = shape.hash(source, destination, protocol, sourcePort, destinationPort, packetHasPorts) & (buckets.length - 1);
            for (int link = buckets[bucket]; link != 0; link = next[link - 1]) {
                FilterEntry e = entries[link - 1];
                if (e.matches(source, destination, protocol, sourcePort, destinationPort)) {
                    action.accept(e);
                }
            }
        } else {
            int bucket = shape.hash(source, destination, protocol, 0, 0, false) & (portless.length - 1);
            for (int link = portless[bucket]; link != 0; link = nextPortless[link - 1]) {
                FilterEntry e = entries[link - 1];
                if (e.matches(source, destination, protocol, sourcePort, destinationPort)) {
                    action.accept(e);
                }
            }
        }
    }

    private void link(int slot) {
        int bucket = hashes[slot] & (buckets.length - 1);
        next[slot] = buckets[bucket];
        buckets[bucket] = slot + 1;
        if (portless != null) {
            int portlessBucket = portlessHashes[slot] & (portless.length - 1);
            nextPortless[slot] = portless[portlessBucket];
            portless[portlessBucket] = slot + 1;
        }
    }

    /** Returns the chain starting at {@code head} without {@code slot}, which is in it. */
    private static int unlink(int head, int slot, int[] links) {
        if (head == slot + 1) {
            return links[slot];
        }
        int previous = head - 1;
        while (links[previous] != slot + 1) {
            previous = links[previous] - 1;
        }
        links[previous] = links[slot];
        return head;
    }

    private int place(FilterEntry entry) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (usedSlots == entries.length) {
                int capacity = 2 * entries.length;
                entries = Arrays.copyOf(entries, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
                next = Arrays.copyOf(next, capacity);
                if (nextPortless != null) {
                    portlessHashes = Arrays.copyOf(portlessHashes, capacity);
                    nextPortless = Arrays.copyOf(nextPortless, capacity);
                }
            }
            slot = usedSlots++;
        }
        entries[slot] = entry;
        entry.slot = slot;
        return slot;
    }

    private void release(int slot) {
        entries[slot].slot = -1;
        entries[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, Math.max(INITIAL_BUCKETS, 2 * freeSlots.length));
        }
        freeSlots[freeCount++] = slot;
    }

    private void rehash(int capacity) {
        buckets = new int[capacity];
        portless = portless == null ? null : new int[capacity];
        for (int slot = 0; slot < usedSlots; slot++) {
            if (entries[slot] != null) {
                link(slot);
            }
        }
    }

    private int hash(FilterEntry entry, boolean withPorts) {
        return shape.hash(entry.sourceAddress(), entry.destinationAddress(), entry.protocol(), entry.sourcePort(), entry.destinationPort(), withPorts);
    }
}
