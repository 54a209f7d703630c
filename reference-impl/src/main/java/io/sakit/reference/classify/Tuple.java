package io.sakit.reference.classify;

import java.util.function.Consumer;

/**
 * The entries of one shape, hashed on their masked values with chaining through the entries themselves;
 * shapes whose protocol is any and that constrain a port keep a second table without the ports, for
 * packets of protocols that carry none.
 */
final class Tuple {

    private static final int INITIAL_BUCKETS = 16;

    private final TupleShape shape;
    private FilterEntry[] buckets = new FilterEntry[INITIAL_BUCKETS];
    private FilterEntry[] portless;
    private int size;

    Tuple(TupleShape shape) {
        this.shape = shape;
        this.portless = shape.needsPortlessIndex() ? new FilterEntry[INITIAL_BUCKETS] : null;
    }

    TupleShape shape() {
        return shape;
    }

    int size() {
        return size;
    }

    void add(FilterEntry entry) {
        if (size >= buckets.length) {
            resize(buckets.length * 2);
        }
        link(entry);
        size++;
    }

    private void link(FilterEntry entry) {
        int index = entryHash(entry, true) & (buckets.length - 1);
        entry.next = buckets[index];
        buckets[index] = entry;
        if (portless != null) {
            int portlessIndex = entryHash(entry, false) & (portless.length - 1);
            entry.nextPortless = portless[portlessIndex];
            portless[portlessIndex] = entry;
        }
    }

    boolean remove(FilterEntry entry) {
        int index = entryHash(entry, true) & (buckets.length - 1);
        FilterEntry previous = null;
        for (FilterEntry e = buckets[index]; e != null; previous = e, e = e.next) {
            if (e == entry) {
                if (previous == null) {
                    buckets[index] = e.next;
                } else {
                    previous.next = e.next;
                }
                e.next = null;
                unlinkPortless(entry);
                size--;
                return true;
            }
        }
        return false;
    }

    private void unlinkPortless(FilterEntry entry) {
        if (portless == null) {
            return;
        }
        int index = entryHash(entry, false) & (portless.length - 1);
        FilterEntry previous = null;
        for (FilterEntry e = portless[index]; e != null; previous = e, e = e.nextPortless) {
            if (e == entry) {
                if (previous == null) {
                    portless[index] = e.nextPortless;
                } else {
                    previous.nextPortless = e.nextPortless;
                }
                e.nextPortless = null;
                return;
            }
        }
    }

    void forEachMatch(int source, int destination, int protocol, int sourcePort, int destinationPort, boolean packetHasPorts,
            Consumer<FilterEntry> action) {
        if (packetHasPorts || !shape.needsPortlessIndex()) {
            if (!packetHasPorts && (shape.sourcePort() || shape.destinationPort())) {
                return;
            }
            int index = shape.hash(source, destination, protocol, sourcePort, destinationPort, packetHasPorts) & (buckets.length - 1);
            for (FilterEntry e = buckets[index]; e != null; e = e.next) {
                if (e.matches(source, destination, protocol, sourcePort, destinationPort)) {
                    action.accept(e);
                }
            }
        } else {
            int index = shape.hash(source, destination, protocol, 0, 0, false) & (portless.length - 1);
            for (FilterEntry e = portless[index]; e != null; e = e.nextPortless) {
                if (e.matches(source, destination, protocol, sourcePort, destinationPort)) {
                    action.accept(e);
                }
            }
        }
    }

    private int entryHash(FilterEntry entry, boolean withPorts) {
        return shape.hash(entry.sourceAddress(), entry.destinationAddress(), entry.protocol(), entry.sourcePort(), entry.destinationPort(), withPorts);
    }

    private void resize(int capacity) {
        FilterEntry[] old = buckets;
        buckets = new FilterEntry[capacity];
        if (portless != null) {
            portless = new FilterEntry[capacity];
        }
        for (FilterEntry head : old) {
            FilterEntry e = head;
            while (e != null) {
                FilterEntry following = e.next;
                link(e);
                e = following;
            }
        }
    }
}
