package io.sakit.testkit.generate;

import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Ipv4Option;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import java.util.ArrayList;
import java.util.List;

/**
 * Field-level generators of plain IPv4 datagrams and their parts (SPEC.md 9.1, 9.3): payload data, TCP, UDP,
 * ICMP and raw payloads, IPv4 options, headers with their mutable fields, whole datagrams and fragments. Values
 * shrink towards short zero payloads, no options and small fields.
 */
public final class PacketGenerators {

    private static final List<Integer> OTHER_PROTOCOLS = List.of(47, 4, 132, 255, 0);

    private PacketGenerators() {
    }

    /** Returns payload data of 0 to {@code maxLength} bytes. */
    public static Gen<Octets> data(int maxLength) {
        return Gens.bytes(0, maxLength).map(Octets::of);
    }

    /** Returns ports: well-known ones or any 16-bit value, zero included. */
    public static Gen<Integer> ports() {
        return Gens.oneOf(List.of(Gens.pick(List.of(80, 443, 53, 4500)), Gens.ints(0, 0xFFFF)));
    }

    /** Returns an upper-layer payload of {@code protocol}: TCP and UDP with the given ports, ICMP echo, or raw bytes. */
    public static Gen<Payload> payload(int protocol, Gen<Integer> sourcePorts, Gen<Integer> destinationPorts) {
        return switch (protocol) {
            case 6 -> sourcePorts.zip(destinationPorts, data(64), Payload.Tcp::new);
            case 17 -> sourcePorts.zip(destinationPorts, data(64), Payload.Udp::new);
            case 1 -> data(56).map(rest -> new Payload.Icmp(8, 0, rest));
            default -> data(64).map(bytes -> new Payload.Raw(protocol, bytes));
        };
    }

    /** Returns payloads of every kind: TCP, UDP, ICMP and a few other protocols. */
    public static Gen<Payload> payloads() {
        return Gens.pick(List.of(6, 17, 1, 47, 132)).flatMap(protocol -> payload(protocol, ports(), ports()));
    }

    /** Returns protocols other than TCP and UDP, for packets without ports. */
    public static Gen<Integer> portlessProtocols() {
        return Gens.oneOf(List.of(Gens.constant(1), Gens.pick(OTHER_PROTOCOLS)));
    }

    /** Returns one option: immutable (No Operation, Router Alert, Security) or mutable (Record Route, Timestamp). */
    public static Gen<Ipv4Option> option() {
        return Gens.oneOf(List.of(Gens.constant(Ipv4Option.noOperation()), Gens.constant(Ipv4Option.routerAlert()),
                Gens.ints(1, 3).map(Ipv4Option::recordRoute), Gens.ints(1, 2).map(Ipv4Option::timestamp),
                Gens.ints(0, 255).map(Ipv4Option::security)));
    }

    /** Returns option lists that fit in a header: mostly none, otherwise up to four options. */
    public static Gen<List<Ipv4Option>> options() {
        Gen<List<Ipv4Option>> some = Gens.lists(option(), 1, 4).map(PacketGenerators::fitting);
        return Gens.frequency(List.of(new Gens.Weighted<>(3, Gens.constant(List.of())), new Gens.Weighted<>(1, some)));
    }

    private static List<Ipv4Option> fitting(List<Ipv4Option> options) {
        List<Ipv4Option> kept = new ArrayList<>();
        int length = 0;
        for (Ipv4Option option : options) {
            if (length + option.encodedLength() <= Ipv4Header.MAX_OPTIONS_LENGTH) {
                kept.add(option);
                length += option.encodedLength();
            }
        }
        return List.copyOf(kept);
    }

    /** Returns headers from {@code source} to {@code destination} with any TOS, Identification and TTL, DF or not, and options. */
    public static Gen<Ipv4Header> headers(int source, int destination) {
        Gen<int[]> mutable = Gens.ints(0, 0xFF).zip(Gens.ints(0, 0xFFFF), Gens.booleans(), Gens.ints(1, 0xFF, 64),
                (tos, id, df, ttl) -> new int[] {tos, id, df ? Ipv4Rules.DONT_FRAGMENT : 0, ttl});
        return mutable.zip(options(), (m, options) -> new Ipv4Header(m[0], m[1], m[2], m[3], 0, source, destination, options));
    }

    /** Returns unfragmented datagrams between non-zero addresses, with any payload. */
    public static Gen<PlainPacket> plainPackets() {
        return RequestGenerators.nonZeroAddresses().zip(RequestGenerators.nonZeroAddresses(), (s, d) -> new int[] {s, d})
                .flatMap(addresses -> headers(addresses[0], addresses[1]).zip(payloads(), PlainPacket::of));
    }

    /** Returns fragments: MF set with offset 0, or a non-zero offset with or without MF. */
    public static Gen<PlainPacket> fragments() {
        Gen<Integer> flags = Gens.oneOf(List.of(Gens.constant(Ipv4Rules.MORE_FRAGMENTS), Gens.ints(1, Ipv4Rules.FRAGMENT_OFFSET),
                Gens.ints(1, Ipv4Rules.FRAGMENT_OFFSET).map(offset -> offset | Ipv4Rules.MORE_FRAGMENTS)));
        return plainPackets().zip(flags, (packet, fragment) -> PlainPacket.of(packet.header().withMutableFields(packet.header().tos(),
                packet.header().identification(), fragment, packet.header().ttl()), packet.payload()));
    }
}
