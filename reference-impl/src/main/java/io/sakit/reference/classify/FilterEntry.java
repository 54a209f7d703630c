package io.sakit.reference.classify;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;

/**
 * Something classified by its seven-field filter; the classifier keeps the entry's slot in a field of this
 * class, so an entry costs no extra node object.
 */
public abstract class FilterEntry {

    private final int sourceAddress;
    private final int sourceMask;
    private final int destinationAddress;
    private final int destinationMask;
    private final int protocol;
    private final int sourcePort;
    private final int destinationPort;
    int slot = -1;

    /** Creates an entry classified by {@code filter}. */
    protected FilterEntry(Filter filter) {
        sourceAddress = filter.sourceAddress();
        sourceMask = filter.sourceMask();
        destinationAddress = filter.destinationAddress();
        destinationMask = filter.destinationMask();
        protocol = filter.protocol();
        sourcePort = filter.sourcePort();
        destinationPort = filter.destinationPort();
    }

    /** Returns the filter this entry is classified by. */
    public Filter filter() {
        return new Filter(sourceAddress, sourceMask, destinationAddress, destinationMask, protocol, sourcePort, destinationPort);
    }

    /** Returns whether a packet with these header fields passes this entry's filter (SPEC.md section 7). */
    public boolean matches(FlowKey flow) {
        return matches(flow.source(), flow.destination(), flow.protocol(), flow.sourcePort(), flow.destinationPort());
    }

    boolean matches(int source, int destination, int packetProtocol, int packetSourcePort, int packetDestinationPort) {
        if (!Filter.addressMatches(sourceAddress, sourceMask, source) || !Filter.addressMatches(destinationAddress, destinationMask, destination)) {
            return false;
        }
        if (protocol != 0 && protocol != packetProtocol) {
            return false;
        }
        if (!FlowKey.hasPorts(packetProtocol)) {
            return true;
        }
        return (sourcePort == 0 || sourcePort == packetSourcePort) && (destinationPort == 0 || destinationPort == packetDestinationPort);
    }

    TupleShape shape() {
        return new TupleShape(comparedMask(sourceAddress, sourceMask), comparedMask(destinationAddress, destinationMask), protocol != 0,
                sourcePort != 0, destinationPort != 0);
    }

    int sourceAddress() {
        return sourceAddress;
    }

    /** Returns the filter's DestAddr, without building the filter. */
    protected final int destinationAddress() {
        return destinationAddress;
    }

    /** Returns the filter's DestMask, without building the filter. */
    protected final int destinationMask() {
        return destinationMask;
    }

    int protocol() {
        return protocol;
    }

    int sourcePort() {
        return sourcePort;
    }

    int destinationPort() {
        return destinationPort;
    }

    private static int comparedMask(int address, int mask) {
        return address == 0 ? 0 : Filter.effectiveMask(mask);
    }
}
