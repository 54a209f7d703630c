package io.sakit.testkit.generate;

import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.testkit.packet.HeaderTuple;
import io.sakit.testkit.packet.PlainPacket;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators that relate packets and filters (SPEC.md 8.2, 8.3): filters that match a given tuple, and plain
 * datagrams whose tuple does or does not match a given filter.
 */
public final class FlowGenerators {

    private FlowGenerators() {
    }

    /** Returns filters matching {@code tuple}: each field unused, or set to the tuple's value (addresses under any prefix). */
    public static Gen<Filter> filtersMatching(HeaderTuple tuple) {
        Gen<int[]> source = addressFor(tuple.source());
        Gen<int[]> destination = addressFor(tuple.destination());
        Gen<Integer> protocol = Gens.pick(List.of(0, tuple.protocol()));
        HeaderTuple.Ports ports = tuple.ports().orElse(new HeaderTuple.Ports(0, 0));
        Gen<int[]> portPair = Gens.pick(List.of(0, ports.source())).zip(Gens.pick(List.of(0, ports.destination())), (s, d) -> new int[] {s, d});
        return source.zip(destination, protocol, portPair, (s, d, p, pp) -> new Filter(s[0], s[1], d[0], d[1], p, pp[0], pp[1]));
    }

    private static Gen<int[]> addressFor(int address) {
        Gen<int[]> used = RequestGenerators.masks().map(mask -> new int[] {address, mask});
        return Gens.oneOf(List.of(Gens.constant(new int[] {0, 0}), used));
    }

    /** Returns unfragmented datagrams whose tuple matches {@code filter}. */
    public static Gen<PlainPacket> packetsMatching(Filter filter) {
        Gen<Integer> protocols = filter.protocol() != 0 ? Gens.constant(filter.protocol()) : Gens.pick(List.of(Filter.TCP, Filter.UDP, 1, 47));
        return protocols.flatMap(protocol -> packet(filter, protocol, inside(filter.sourceAddress(), filter.sourceMask()),
                inside(filter.destinationAddress(), filter.destinationMask()), filter.sourcePort(), filter.destinationPort()));
    }

    /**
     * Returns unfragmented datagrams whose tuple does not match {@code filter}: one restricting field is violated.
     *
     * @throws IllegalArgumentException when {@code filter} matches every packet
     */
    public static Gen<PlainPacket> packetsNotMatching(Filter filter) {
        List<Gen<PlainPacket>> violations = new ArrayList<>();
        Gen<Integer> source = inside(filter.sourceAddress(), filter.sourceMask());
        Gen<Integer> destination = inside(filter.destinationAddress(), filter.destinationMask());
        Gen<Integer> protocols = filter.protocol() != 0 ? Gens.constant(filter.protocol()) : Gens.pick(List.of(Filter.TCP, Filter.UDP));
        if (filter.sourceAddress() != 0) {
            violations.add(protocols.flatMap(p -> packet(filter, p, outside(filter.sourceAddress(), filter.sourceMask()), destination, filter.sourcePort(), filter.destinationPort())));
        }
        if (filter.destinationAddress() != 0) {
            violations.add(protocols.flatMap(p -> packet(filter, p, source, outside(filter.destinationAddress(), filter.destinationMask()), filter.sourcePort(), filter.destinationPort())));
        }
        if (filter.protocol() != 0) {
            Gen<Integer> others = Gens.pick(List.of(Filter.TCP, Filter.UDP, 1, 47)).map(p -> p == filter.protocol() ? 132 : p);
            violations.add(others.flatMap(p -> packet(filter, p, source, destination, filter.sourcePort(), filter.destinationPort())));
        }
        if (filter.sourcePort() != 0 && (filter.protocol() == 0 || FlowKey.hasPorts(filter.protocol()))) {
            violations.add(protocols.flatMap(p -> packet(filter, p, source, destination, filter.sourcePort() ^ 0x0101, filter.destinationPort())));
        }
        if (filter.destinationPort() != 0 && (filter.protocol() == 0 || FlowKey.hasPorts(filter.protocol()))) {
            violations.add(protocols.flatMap(p -> packet(filter, p, source, destination, filter.sourcePort(), filter.destinationPort() ^ 0x0101)));
        }
        if (violations.isEmpty()) {
            throw new IllegalArgumentException(filter + " matches every packet");
        }
        return Gens.oneOf(violations);
    }

    private static Gen<PlainPacket> packet(Filter filter, int protocol, Gen<Integer> sources, Gen<Integer> destinations, int sourcePort, int destinationPort) {
        Gen<Integer> sourcePorts = sourcePort != 0 ? Gens.constant(sourcePort) : PacketGenerators.ports();
        Gen<Integer> destinationPorts = destinationPort != 0 ? Gens.constant(destinationPort) : PacketGenerators.ports();
        return sources.zip(destinations, (s, d) -> new int[] {s, d}).flatMap(a -> PacketGenerators.headers(a[0], a[1])
                .zip(PacketGenerators.payload(protocol, sourcePorts, destinationPorts), PlainPacket::of));
    }

    /** Returns addresses a filter address matches: anything non-zero when unused, else the masked bits kept. */
    private static Gen<Integer> inside(int address, int mask) {
        if (address == 0) {
            return RequestGenerators.nonZeroAddresses();
        }
        int effective = Filter.effectiveMask(mask);
        return Gens.anyInt().map(random -> (address & effective) | (random & ~effective));
    }

    /** Returns addresses a non-zero filter address does not match: one bit under the mask flipped. */
    private static Gen<Integer> outside(int address, int mask) {
        int effective = Filter.effectiveMask(mask);
        int prefix = Integer.bitCount(effective);
        return Gens.ints(0, prefix - 1).zip(Gens.anyInt(), (bit, random) -> ((address & effective) ^ (1 << (31 - bit))) | (random & ~effective));
    }
}
