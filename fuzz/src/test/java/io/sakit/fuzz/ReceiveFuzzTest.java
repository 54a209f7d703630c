package io.sakit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Receiver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Receive on a populated SA database, for arbitrary bytes and for protected packets with arbitrary damage:
 * the reference never throws and indicates exactly what the independent software peer indicates (ROB-PKT-001).
 */
class ReceiveFuzzTest {

    private static final List<Bundle> BUNDLES = FuzzBundles.inbound();
    private static final Receiver PEER = new Receiver(BUNDLES, DataPathFeatures.ALL);
    private static final List<byte[]> PROTECTED = protectedPackets();

    private final ReferenceAdapter adapter = populated();

    private static ReferenceAdapter populated() {
        ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());
        RequestEncoder encoder = new RequestEncoder(Profile.DEFAULT);
        for (Bundle bundle : BUNDLES) {
            byte[] buffer = bundle.isUdpEsp() ? encoder.addUdpEspSa(new UdpEspAddRequest(bundle.request(), UdpEncapType.OTHER, bundle.encapsulationPort(), 0))
                    : encoder.addSa(bundle.request());
            int status = adapter.setInformation((bundle.isUdpEsp() ? Oid.ADD_UDPESP_SA : Oid.ADD_SA).value(), buffer).status();
            if (status != NdisStatus.SUCCESS.code()) {
                throw new IllegalStateException("the fuzz target's bundle " + bundle + " was refused");
            }
        }
        return adapter;
    }

    private static List<byte[]> protectedPackets() {
        List<byte[]> packets = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            var f = bundle.request().filter();
            PlainPacket plain = PlainPacket.of(Ipv4Header.of(17, f.sourceAddress(), f.destinationAddress()),
                    new Payload.Udp(f.sourcePort() == 0 ? 7 : f.sourcePort(), f.destinationPort() == 0 ? 9 : f.destinationPort(), Octets.zeros(24)));
            packets.add(new Scenario(plain, io.sakit.testkit.framing.Bundles.of(bundle), FrameOptions.DEFAULT, 1).protectedPacket());
        }
        return packets;
    }

    @FuzzTest
    void anyPacket(FuzzedDataProvider data) {
        byte[] packet;
        if (data.consumeBoolean()) {
            packet = PROTECTED.get(data.consumeInt(0, PROTECTED.size() - 1)).clone();
            int edits = data.consumeInt(0, 4);
            for (int i = 0; i < edits && packet.length > 0; i++) {
                packet[data.consumeInt(0, packet.length - 1)] = data.consumeByte();
            }
            packet = Arrays.copyOf(packet, Math.max(0, packet.length - data.consumeInt(0, 3)));
        } else {
            packet = data.consumeRemainingAsBytes();
        }
        ReceiveResult expected = PEER.receive(packet.clone());
        ReceiveResult actual = adapter.receive(packet.clone());
        assertThat(actual.info().cryptoDone()).as("CryptoDone").isEqualTo(expected.info().cryptoDone());
        assertThat(actual.info().nextCryptoDone()).as("NextCryptoDone").isEqualTo(expected.info().nextCryptoDone());
        assertThat(actual.info().cryptoStatus()).as("CryptoStatus").isEqualTo(expected.info().cryptoStatus());
        assertThat(actual.packet()).as("indicated bytes").isEqualTo(expected.packet());
    }
}
