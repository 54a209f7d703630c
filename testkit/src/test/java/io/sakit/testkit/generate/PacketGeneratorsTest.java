package io.sakit.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Property;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.packet.HeaderTuple;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Receiver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packet generators make what they promise: well-formed datagrams, fragments, matching and non-matching packets, and protected inbound packets. */
class PacketGeneratorsTest {

    private static final Budget BUDGET = new Budget(500, 500);

    private record Matched(Filter filter, HeaderTuple tuple) {
    }

    private record Sent(Bundle bundle, Scenario scenario) {
    }

    private static <T> Property<T> forAll(Gen<T> generator, long seed) {
        return Property.forAll(generator).withSeed(seed).withBudget(BUDGET);
    }

    @Test
    void plainPacketsAreWellFormedAndNotFragments() {
        forAll(PacketGenerators.plainPackets(), 1L).check(packet -> {
            byte[] bytes = packet.bytes();
            assertThat(Ipv4Rules.wellFormed(bytes, 0, bytes.length)).isTrue();
            assertThat(Ipv4Rules.isFragment(bytes, 0)).isFalse();
        });
        forAll(PacketGenerators.fragments(), 2L).check(packet -> assertThat(Ipv4Rules.isFragment(packet.bytes(), 0)).isTrue());
    }

    @Test
    void packetsMatchingAFilterMatchItUnderBothReadingsOfSection82() {
        forAll(RequestGenerators.filters().flatMap(f -> FlowGenerators.packetsMatching(f).map(p -> new Matched(f, p.tuple()))), 3L).check(m -> {
            assertThat(m.tuple().matches(m.filter())).isTrue();
            assertThat(m.filter().matches(m.tuple().toFlowKey())).as("the model's Filter.matches agrees").isTrue();
        });
    }

    @Test
    void packetsNotMatchingAFilterMissItUnderBothReadingsOfSection82() {
        Gen<Filter> restricting = RequestGenerators.filters().map(f -> f.equals(Filter.ANY) || !restricts(f) ? new Filter(0, 0, 0, 0, 6, 0, 0) : f);
        forAll(restricting.flatMap(f -> FlowGenerators.packetsNotMatching(f).map(p -> new Matched(f, p.tuple()))), 4L).check(m -> {
            assertThat(m.tuple().matches(m.filter())).isFalse();
            assertThat(m.filter().matches(m.tuple().toFlowKey())).as("the model's Filter.matches agrees").isFalse();
        });
    }

    private static boolean restricts(Filter f) {
        return f.sourceAddress() != 0 || f.destinationAddress() != 0 || f.protocol() != 0 || f.sourcePort() != 0 || f.destinationPort() != 0;
    }

    @Test
    void protectedInboundPacketsAreProcessedByTheirBundle() {
        Gen<Bundle> plain = RequestGenerators.addSaRequests().map(r -> Bundle.plain(new AddSaRequest(r.filter(), r.tunnel(), Direction.INBOUND, r.securityAssociations())));
        Gen<Bundle> udp = RequestGenerators.udpEspRequests().map(PacketGeneratorsTest::inboundUdpEsp);
        forAll(plain.mix(udp).flatMap(b -> BundleGenerators.protectedInbound(b).map(s -> new Sent(b, s))), 5L).check(sent -> {
            ReceiveInfo info = new Receiver(List.of(sent.bundle()), DataPathFeatures.ALL).receive(sent.scenario().protectedPacket()).info();
            assertThat(info).as(sent.scenario().toString()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        });
    }

    private static Bundle inboundUdpEsp(UdpEspAddRequest request) {
        AddSaRequest r = request.request();
        int port = request.destinationEncapPort();
        Filter f = r.filter();
        Filter toPort = new Filter(f.sourceAddress(), f.sourceMask(), f.destinationAddress(), f.destinationMask(), f.protocol(), f.sourcePort(),
                f.destinationPort() == port ? port : 0);
        return new Bundle(new AddSaRequest(toPort, r.tunnel(), Direction.INBOUND, r.securityAssociations()), port);
    }
}
