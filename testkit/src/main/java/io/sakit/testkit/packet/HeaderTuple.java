package io.sakit.testkit.packet;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Ipv4;
import java.util.Objects;
import java.util.Optional;

/**
 * The tuple T = (src, dst, protocol, srcPort, dstPort) a filter is applied to (SPEC.md 8.2, 8.3). Ports are
 * present only for TCP and UDP with at least 4 bytes of upper-layer data.
 */
public record HeaderTuple(int source, int destination, int protocol, Optional<Ports> ports) {

    /** The source and destination port, as the first 4 bytes of the upper-layer data. */
    public record Ports(int source, int destination) {
    }

    /** Requires a protocol 0..255, and ports only for TCP (6) and UDP (17). */
    public HeaderTuple {
        Objects.requireNonNull(ports, "ports");
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol " + protocol + " out of range 0..255");
        }
        if (ports.isPresent() && !FlowKey.hasPorts(protocol)) {
            throw new IllegalArgumentException("protocol " + protocol + " carries no ports");
        }
    }

    /**
     * Returns the tuple with the addresses of the IPv4 header at {@code header}, the given protocol and, for TCP
     * and UDP, the ports from the first 4 of the bytes {@code dataStart} to {@code dataEnd} when there are 4.
     */
    public static HeaderTuple read(byte[] bytes, int header, int protocol, int dataStart, int dataEnd) {
        Optional<Ports> ports = FlowKey.hasPorts(protocol) && dataEnd - dataStart >= 4
                ? Optional.of(new Ports(Wire.u16(bytes, dataStart), Wire.u16(bytes, dataStart + 2)))
                : Optional.empty();
        return new HeaderTuple(Ipv4Rules.source(bytes, header), Ipv4Rules.destination(bytes, header), protocol, ports);
    }

    /**
     * Returns the tuple of the datagram whose IPv4 header is at {@code header} and which ends at its Total
     * Length: its Protocol and the first 4 bytes after the header; a datagram with a non-zero fragment offset
     * has no upper-layer data (SPEC.md 8.3).
     */
    public static HeaderTuple ofDatagram(byte[] bytes, int header) {
        int dataStart = Ipv4Rules.payloadOffset(bytes, header);
        int end = Math.min(bytes.length, header + Ipv4Rules.totalLength(bytes, header));
        int dataEnd = Ipv4Rules.hasFragmentOffset(bytes, header) ? dataStart : end;
        return read(bytes, header, Ipv4Rules.protocol(bytes, header), dataStart, dataEnd);
    }

    /**
     * Returns whether {@code filter} matches this tuple under the four conditions of SPEC.md 8.2; a filter that
     * needs ports (TCP or UDP and a non-zero port field) does not match a tuple without them (SPEC.md 8.3).
     */
    public boolean matches(Filter filter) {
        return addressMatches(filter.sourceAddress(), filter.sourceMask(), source)
                && addressMatches(filter.destinationAddress(), filter.destinationMask(), destination)
                && (filter.protocol() == 0 || filter.protocol() == protocol)
                && portsMatch(filter);
    }

    private static boolean addressMatches(int address, int mask, int packetAddress) {
        if (address == 0) {
            return true;
        }
        if (mask == 0) {
            return packetAddress == address;
        }
        return (packetAddress & mask) == (address & mask);
    }

    private boolean portsMatch(Filter filter) {
        if (!FlowKey.hasPorts(protocol) || filter.sourcePort() == 0 && filter.destinationPort() == 0) {
            return true;
        }
        return ports.isPresent()
                && (filter.sourcePort() == 0 || filter.sourcePort() == ports.get().source())
                && (filter.destinationPort() == 0 || filter.destinationPort() == ports.get().destination());
    }

    /** Returns this tuple as the flow key of the classifier (SPEC.md 8.5); missing ports become 0. */
    public FlowKey toFlowKey() {
        Ports shown = ports.orElse(new Ports(0, 0));
        return new FlowKey(source, destination, protocol, shown.source(), shown.destination());
    }

    @Override
    public String toString() {
        String shown = ports.map(p -> ":" + p.source() + " -> ").orElse(" -> ");
        String destinationPort = ports.map(p -> ":" + p.destination()).orElse("");
        return Ipv4.format(source) + shown + Ipv4.format(destination) + destinationPort + " proto " + protocol;
    }
}
