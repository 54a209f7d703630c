package io.sakit.testkit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.Ipv4;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching rule of SPEC.md 8.2 on header tuples, with the worked examples of 8.4 and the missing-port rule of 8.3. */
class HeaderTupleTest {

    private static HeaderTuple tuple(String source, String destination, int protocol, int sourcePort, int destinationPort) {
        Optional<HeaderTuple.Ports> ports = protocol == 6 || protocol == 17 ? Optional.of(new HeaderTuple.Ports(sourcePort, destinationPort)) : Optional.empty();
        return new HeaderTuple(Ipv4.parse(source), Ipv4.parse(destination), protocol, ports);
    }

    private static Filter filter(String source, String sourceMask, int protocol, int sourcePort, int destinationPort) {
        return new Filter(Ipv4.parse(source), Ipv4.parse(sourceMask), 0, 0, protocol, sourcePort, destinationPort);
    }

    @ParameterizedTest(name = "8.4 example {0}: {6}")
    @CsvSource({
        "1, 0.0.0.0, 0.0.0.0, 0, 0, 0, 192.0.2.9 TCP 1 2, true",
        "2, 10.1.0.0, 255.255.0.0, 0, 0, 0, 10.1.7.9 TCP 1 2, true",
        "3, 10.1.0.0, 255.255.0.0, 0, 0, 0, 10.2.0.1 TCP 1 2, false",
        "4, 10.1.2.99, 255.255.255.0, 0, 0, 0, 10.1.2.7 TCP 1 2, true",
        "5, 10.1.2.3, 0.0.0.0, 0, 0, 0, 10.1.2.3 TCP 1 2, true",
        "5, 10.1.2.3, 0.0.0.0, 0, 0, 0, 10.1.2.4 TCP 1 2, false",
        "6, 0.0.0.0, 255.255.255.0, 0, 0, 0, 192.0.2.1 TCP 1 2, true",
        "7, 0.0.0.0, 0.0.0.0, 6, 0, 443, 10.0.0.1 TCP 1 443, true",
        "7, 0.0.0.0, 0.0.0.0, 6, 0, 443, 10.0.0.1 TCP 1 80, false",
        "8, 0.0.0.0, 0.0.0.0, 6, 0, 443, 10.0.0.1 UDP 1 443, false",
        "9, 0.0.0.0, 0.0.0.0, 0, 0, 53, 10.0.0.1 UDP 1 53, true",
        "9, 0.0.0.0, 0.0.0.0, 0, 0, 53, 10.0.0.1 TCP 1 53, true",
        "9, 0.0.0.0, 0.0.0.0, 0, 0, 53, 10.0.0.1 TCP 1 54, false",
        "10, 0.0.0.0, 0.0.0.0, 0, 0, 53, 10.0.0.1 ICMP 0 0, true",
        "11, 0.0.0.0, 0.0.0.0, 17, 4500, 0, 10.0.0.1 UDP 4500 9, true",
    })
    void workedExamplesOfSection84(int example, String source, String mask, int protocol, int sourcePort, int destinationPort, String packet,
            boolean matches) {
        String[] parts = packet.split(" ");
        int packetProtocol = switch (parts[1]) {
            case "TCP" -> 6;
            case "UDP" -> 17;
            default -> 1;
        };
        HeaderTuple tuple = tuple(parts[0], "198.51.100.1", packetProtocol, Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        assertThat(tuple.matches(filter(source, mask, protocol, sourcePort, destinationPort))).isEqualTo(matches);
    }

    @Test
    void aFilterNeedingPortsDoesNotMatchATupleWithoutThem() {
        HeaderTuple noPorts = new HeaderTuple(Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.2"), 6, Optional.empty());
        assertThat(noPorts.matches(filter("0.0.0.0", "0.0.0.0", 6, 0, 443))).isFalse();
        assertThat(noPorts.matches(filter("0.0.0.0", "0.0.0.0", 6, 0, 0))).isTrue();
    }

    @Test
    void portsAreTakenFromTheFirstFourBytesOfTheUpperLayerData() {
        PlainPacket packet = PlainPacket.of(Ipv4Header.of(0, Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.2")), new Payload.Udp(4500, 53, Octets.zeros(3)));
        assertThat(packet.tuple()).isEqualTo(tuple("10.0.0.1", "10.0.0.2", 17, 4500, 53));
        byte[] bytes = packet.bytes();
        assertThat(HeaderTuple.read(bytes, 0, 17, 20, 23).ports()).as("fewer than 4 bytes: no ports").isEmpty();
    }

    @Test
    void aDatagramWithAFragmentOffsetHasNoUpperLayerData() {
        Ipv4Header fragment = Ipv4Header.of(0, Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.2")).withMutableFields(0, 1, 0x0010, 64);
        assertThat(PlainPacket.of(fragment, new Payload.Raw(6, Octets.zeros(20))).tuple().ports()).isEmpty();
    }

    @Test
    void segmentsCarryChecksumsThatVerifyOverThePseudoHeader() {
        int source = Ipv4.parse("10.0.0.1");
        int destination = Ipv4.parse("10.0.0.2");
        byte[] tcp = new Payload.Tcp(1234, 80, Octets.hex("0102030405")).encode(source, destination);
        byte[] udp = new Payload.Udp(1234, 53, Octets.hex("0a0b0c")).encode(source, destination);
        byte[] icmp = new Payload.Icmp(8, 0, Octets.hex("00010002abcd")).encode(source, destination);
        assertThat(Checksum.withPseudoHeader(source, destination, 6, tcp)).isZero();
        assertThat(Checksum.withPseudoHeader(source, destination, 17, udp)).isZero();
        assertThat(Checksum.of(icmp, 0, icmp.length)).isZero();
    }
}
