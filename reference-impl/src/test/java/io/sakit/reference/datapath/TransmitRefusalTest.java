package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Datagram;
import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reason of SPEC.md 10.1 and 10.2 to refuse a transmit, each giving INVALID_PACKET and the packet unchanged. */
class TransmitRefusalTest {

    private static final SecurityAssociation AH = Sas.ah(0x5001, IntegrityAlgorithm.SHA1);
    private static final SecurityAssociation ESP = Sas.esp(0x5002, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private static final SecurityAssociation BUNDLE_ESP = Sas.esp(0x5003, ConfAlgorithm.DES, IntegrityAlgorithm.MD5);
    private static final SecurityAssociation BUNDLE_AH = Sas.ah(0x5004, IntegrityAlgorithm.SHA1);
    private static final SecurityAssociation UDP_ESP = Sas.esp(0x5005, ConfAlgorithm.DES, IntegrityAlgorithm.SHA1);
    private static final SecurityAssociation NULL_ESP = Sas.esp(0x5006, ConfAlgorithm.NONE, IntegrityAlgorithm.MD5);

    /** The bundle a case transmits with, and the valid packet it starts from. */
    enum Kind {
        AH_ONLY(h -> h.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, AH)), () -> Layouts.transportAh(AH, Layouts.segment(), Headers.TCP)),
        ESP_ONLY(h -> h.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ESP)), () -> Layouts.transportEsp(ESP, Layouts.segment(), Headers.TCP)),
        BUNDLE(h -> h.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, BUNDLE_ESP, BUNDLE_AH)),
                () -> Layouts.transportBundle(BUNDLE_ESP, BUNDLE_AH, Layouts.segment(), Headers.TCP)),
        UDP(h -> h.addUdpEsp(Sas.transport(Direction.OUTBOUND, new Filter(0, 0, 0, 0, 17, 0, 0), UDP_ESP), 4500),
                () -> Layouts.udpEsp(UDP_ESP, Layouts.HOST_A, Layouts.HOST_B, 4500, 4500, Layouts.segment(), Headers.TCP)),
        NULL(h -> h.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, NULL_ESP)), () -> Layouts.transportEsp(NULL_ESP, Layouts.segment(), Headers.TCP)),
        INBOUND(h -> h.add(Sas.transport(Direction.INBOUND, Filter.ANY, ESP)), () -> Layouts.transportEsp(ESP, Layouts.segment(), Headers.TCP)),
        DELETED(h -> {
            long handle = h.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, ESP));
            h.database().delete(handle);
            return handle;
        }, () -> Layouts.transportEsp(ESP, Layouts.segment(), Headers.TCP));

        final Function<Harness, Long> add;
        final Supplier<byte[]> packet;

        Kind(Function<Harness, Long> add, Supplier<byte[]> packet) {
            this.add = add;
            this.packet = packet;
        }
    }

    private static Arguments reason(String reason, Kind kind, UnaryOperator<byte[]> change) {
        return Arguments.of(reason, kind, change);
    }

    private static UnaryOperator<byte[]> set(int offset, int value) {
        return b -> {
            b[offset] = (byte) value;
            return b;
        };
    }

    private static UnaryOperator<byte[]> resize(int length) {
        return b -> {
            byte[] c = Arrays.copyOf(b, length);
            if (length >= 4) {
                Octets.put16(c, 2, length);
            }
            return c;
        };
    }

    private static UnaryOperator<byte[]> grow(int extra) {
        return b -> resize(b.length + extra).apply(b);
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                reason("10.1: OffloadHandle names an inbound bundle", Kind.INBOUND, b -> b),
                reason("10.1: OffloadHandle names a deleted bundle", Kind.DELETED, b -> b),
                reason("10.2.1: empty packet", Kind.ESP_ONLY, b -> new byte[0]),
                reason("10.2.1: 19 bytes", Kind.ESP_ONLY, b -> Arrays.copyOf(b, 19)),
                reason("10.2.1: Total Length one more than the packet", Kind.ESP_ONLY, b -> {
                    Octets.put16(b, 2, b.length + 1);
                    return b;
                }),
                reason("10.2.1: Total Length one less than the packet", Kind.AH_ONLY, b -> {
                    Octets.put16(b, 2, b.length - 1);
                    return b;
                }),
                reason("10.2.1: version 6", Kind.ESP_ONLY, set(0, 0x65)),
                reason("10.2.1: IHL 4", Kind.ESP_ONLY, set(0, 0x44)),
                reason("10.2.1: IHL 15 with a 20-byte header (malformed options)", Kind.AH_ONLY, set(0, 0x4F)),
                reason("10.2.1, TX-FRG-001: MF set", Kind.ESP_ONLY, set(6, 0x20)),
                reason("10.2.1, TX-FRG-001: fragment offset 1", Kind.AH_ONLY, set(7, 0x01)),
                reason("10.2.1, 9.3: malformed option list", Kind.ESP_ONLY, b -> Datagram.ipv4(Headers.ESP, Layouts.HOST_A, Layouts.HOST_B)
                        .options(Octets.hex("07 09 04 00")).payload(Arrays.copyOfRange(b, 20, b.length)).build()),
                reason("10.2.2: AH SA but Protocol 50", Kind.AH_ONLY, set(9, 50)),
                reason("10.2.2: AH Payload Len 3", Kind.AH_ONLY, set(21, 3)),
                reason("10.2.2: AH SPI differs", Kind.AH_ONLY, set(27, 0x02)),
                reason("10.2.2: fewer than 24 bytes for AH", Kind.AH_ONLY, resize(43)),
                reason("10.2.2: bundle with AH Next Header 6", Kind.BUNDLE, set(20, 6)),
                reason("10.2.2: bundle with Protocol 50", Kind.BUNDLE, set(9, 50)),
                reason("10.2.2: ESP SA but Protocol 51", Kind.ESP_ONLY, set(9, 51)),
                reason("10.2.2: UDP-ESP SA but Protocol 50", Kind.UDP, set(9, 50)),
                reason("10.2.2: UDP-ESP with fewer than 8 bytes after the IPv4 header", Kind.UDP, resize(27)),
                reason("10.2.3: ESP SPI differs", Kind.ESP_ONLY, set(23, 0x03)),
                reason("10.2.3: bundle ESP SPI differs", Kind.BUNDLE, set(47, 0x04)),
                reason("10.2.3: UDP-ESP SPI differs", Kind.UDP, set(31, 0x06)),
                reason("10.2.3: too short for ESP header, IV and ICV", Kind.ESP_ONLY, resize(20 + 27)),
                reason("10.2.3: L = 0", Kind.ESP_ONLY, resize(20 + 28)),
                reason("10.2.3: L not a multiple of 8", Kind.ESP_ONLY, grow(4)),
                reason("10.2.3: NULL with L not a multiple of 4", Kind.NULL, grow(2)),
                reason("10.2.3: bundle region not a multiple of 8", Kind.BUNDLE, grow(1)),
                reason("10.2.3: UDP-ESP region not a multiple of 8", Kind.UDP, grow(12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reasons")
    @DisplayName("TX-HDL-001, TX-SYN-001, TX-FRG-001: refused with INVALID_PACKET and the packet unchanged")
    void isRefused(String reason, Kind kind, UnaryOperator<byte[]> change) {
        Harness harness = Harness.everything();
        long handle = kind.add.apply(harness);
        byte[] packet = change.apply(kind.packet.get());
        Expect.refused(harness.transmit(packet, handle), packet);
    }

    static Stream<Arguments> unknownHandles() {
        return Stream.of(Arguments.of(0L), Arguments.of(1L), Arguments.of(-1L), Arguments.of(Long.MIN_VALUE), Arguments.of(0x0000_0007_0000_0001L));
    }

    @ParameterizedTest(name = "handle {0}")
    @MethodSource("unknownHandles")
    @DisplayName("TX-HDL-001: an OffloadHandle that names no live bundle is refused, unchanged")
    void unknownHandle(long handle) {
        Harness harness = Harness.everything();
        Kind.ESP_ONLY.add.apply(harness);
        byte[] packet = Kind.ESP_ONLY.packet.get();
        Expect.refused(harness.transmit(packet, handle), packet);
    }
}
