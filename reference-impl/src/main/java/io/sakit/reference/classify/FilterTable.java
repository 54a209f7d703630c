package io.sakit.reference.classify;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import java.util.Arrays;

/**
 * The seven-field filters of numbered entries, held in columns of primitives (an entry costs no object and
 * nothing the garbage collector must copy or trace), and where each entry sits in its classifier. An id is a
 * small non-negative number, such as a slot of the SA table; the table grows to hold the largest id set. Not
 * thread-safe: the owner serialises changes.
 */
public final class FilterTable {

    private int[] sourceAddresses;
    private int[] sourceMasks;
    private int[] destinationAddresses;
    private int[] destinationMasks;
    private int[] protocols;
    private int[] ports;
    private int[] tupleSlots;

    /** Creates a table with room for ids 0 to {@code expected - 1} before it grows. */
    public FilterTable(int expected) {
        int length = Math.max(1, expected);
        sourceAddresses = new int[length];
        sourceMasks = new int[length];
        destinationAddresses = new int[length];
        destinationMasks = new int[length];
        protocols = new int[length];
        ports = new int[length];
        tupleSlots = new int[length];
    }

    /** Sets the filter of entry {@code id}, which must not be in a classifier. */
    public void set(int id, Filter filter) {
        if (id >= tupleSlots.length) {
            grow(id);
        }
        sourceAddresses[id] = filter.sourceAddress();
        sourceMasks[id] = filter.sourceMask();
        destinationAddresses[id] = filter.destinationAddress();
        destinationMasks[id] = filter.destinationMask();
        protocols[id] = filter.protocol();
        ports[id] = filter.sourcePort() << 16 | filter.destinationPort();
        tupleSlots[id] = -1;
    }

    /** Returns the SrcAddr of entry {@code id}'s filter. */
    public int sourceAddress(int id) {
        return sourceAddresses[id];
    }

    /** Returns the SrcMask of entry {@code id}'s filter. */
    public int sourceMask(int id) {
        return sourceMasks[id];
    }

    /** Returns the Protocol of entry {@code id}'s filter. */
    public int protocol(int id) {
        return protocols[id];
    }

    /** Returns the ports of entry {@code id}'s filter: SrcPort in the high 16 bits, DestPort in the low 16. */
    public int ports(int id) {
        return ports[id];
    }

    /** Returns the DestAddr of entry {@code id}'s filter. */
    public int destinationAddress(int id) {
        return destinationAddresses[id];
    }

    /** Returns the DestMask of entry {@code id}'s filter. */
    public int destinationMask(int id) {
        return destinationMasks[id];
    }

    /** Returns whether a packet with these header fields passes entry {@code id}'s filter (SPEC.md section 7). */
    public boolean matches(int id, FlowKey flow) {
        return matches(id, flow.source(), flow.destination(), flow.protocol(), flow.sourcePort(), flow.destinationPort());
    }

    boolean matches(int id, int source, int destination, int packetProtocol, int packetSourcePort, int packetDestinationPort) {
        if (!Filter.addressMatches(sourceAddresses[id], sourceMasks[id], source)
                || !Filter.addressMatches(destinationAddresses[id], destinationMasks[id], destination)) {
            return false;
        }
        int protocol = protocols[id];
        if (protocol != 0 && protocol != packetProtocol) {
            return false;
        }
        if (!FlowKey.hasPorts(packetProtocol)) {
            return true;
        }
        int sourcePort = sourcePort(id);
        int destinationPort = destinationPort(id);
        return (sourcePort == 0 || sourcePort == packetSourcePort) && (destinationPort == 0 || destinationPort == packetDestinationPort);
    }

    /** Returns whether entry {@code id} has the shape {@code shape}, without building one. */
    boolean hasShape(int id, TupleShape shape) {
        return shape.is(comparedSourceMask(id), comparedDestinationMask(id), protocols[id] != 0, sourcePort(id) != 0, destinationPort(id) != 0);
    }

    TupleShape shape(int id) {
        return new TupleShape(comparedSourceMask(id), comparedDestinationMask(id), protocols[id] != 0, sourcePort(id) != 0, destinationPort(id) != 0);
    }

    /** Returns a number that equal shapes share and different shapes rarely do, for a small cache of recent shapes. */
    int shapeHash(int id) {
        int masks = comparedSourceMask(id) * 31 + comparedDestinationMask(id);
        return masks ^ masks >>> 16 ^ (protocols[id] != 0 ? 4 : 0) ^ (sourcePort(id) != 0 ? 2 : 0) ^ (destinationPort(id) != 0 ? 1 : 0);
    }

    int hash(int id, TupleShape shape, boolean withPorts) {
        return shape.hash(sourceAddresses[id], destinationAddresses[id], protocols[id], sourcePort(id), destinationPort(id), withPorts);
    }

    int tupleSlot(int id) {
        return id < tupleSlots.length ? tupleSlots[id] : -1;
    }

    void tupleSlot(int id, int slot) {
        tupleSlots[id] = slot;
    }

    private int sourcePort(int id) {
        return ports[id] >>> 16;
    }

    private int destinationPort(int id) {
        return ports[id] & 0xFFFF;
    }

    private int comparedSourceMask(int id) {
        return sourceAddresses[id] == 0 ? 0 : Filter.effectiveMask(sourceMasks[id]);
    }

    private int comparedDestinationMask(int id) {
        return destinationAddresses[id] == 0 ? 0 : Filter.effectiveMask(destinationMasks[id]);
    }

    private void grow(int id) {
        int length = Math.max(2 * tupleSlots.length, Integer.highestOneBit(id) << 1);
        sourceAddresses = Arrays.copyOf(sourceAddresses, length);
        sourceMasks = Arrays.copyOf(sourceMasks, length);
        destinationAddresses = Arrays.copyOf(destinationAddresses, length);
        destinationMasks = Arrays.copyOf(destinationMasks, length);
        protocols = Arrays.copyOf(protocols, length);
        ports = Arrays.copyOf(ports, length);
        tupleSlots = Arrays.copyOf(tupleSlots, length);
    }
}
