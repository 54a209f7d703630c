package io.sakit.testkit.peer;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Ipv4Option;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import java.util.List;

/** Small fixed bundles and datagrams for example tests of the peer. */
final class PeerFixtures {

    static final int SOURCE = Ipv4.parse("192.0.2.1");
    static final int DESTINATION = Ipv4.parse("192.0.2.2");
    static final Tunnel TUNNEL = new Tunnel(Ipv4.parse("198.51.100.1"), Ipv4.parse("198.51.100.2"));

    private PeerFixtures() {
    }

    /** Returns a TCP datagram from SOURCE to DESTINATION, port 1234 to 443, with Router Alert and Record Route. */
    static PlainPacket tcpWithOptions() {
        Ipv4Header header = new Ipv4Header(0x10, 0x4321, 0x4000, 64, 6, SOURCE, DESTINATION, List.of(Ipv4Option.routerAlert(), Ipv4Option.recordRoute(2)));
        return PlainPacket.of(header, new Payload.Tcp(1234, 443, Octets.hex("48656c6c6f")));
    }

    /** Returns a TCP datagram without options. */
    static PlainPacket tcp() {
        return PlainPacket.of(Ipv4Header.of(6, SOURCE, DESTINATION), new Payload.Tcp(1234, 443, Octets.hex("48656c6c6f")));
    }

    static SecurityAssociation ah(int spi) {
        return ah(spi, 1);
    }

    /** Returns an AH SHA-1 SA whose key bytes start at {@code keySeed}: different seeds, different keys. */
    static SecurityAssociation ah(int spi, int keySeed) {
        return new SecurityAssociation(new SaParameters(Operation.AUTHENTICATE, spi, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1),
                KeyMaterial.empty(), key(20, keySeed));
    }

    static SecurityAssociation esp(int spi, ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        return new SecurityAssociation(new SaParameters(Operation.ENCRYPT, spi, conf, integrity), key(conf.keyLength(), 40), key(integrity.keyLength(), 90));
    }

    private static KeyMaterial key(int length, int first) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + 3 * i);
        }
        return KeyMaterial.copyOf(bytes);
    }

    static Bundle bundle(Direction direction, Tunnel tunnel, Filter filter, SecurityAssociation... sas) {
        return Bundle.plain(new AddSaRequest(filter, tunnel, direction, List.of(sas)));
    }

    static Bundle inbound(SecurityAssociation... sas) {
        return bundle(Direction.INBOUND, Tunnel.NONE, new Filter(0, 0, DESTINATION, 0, 0, 0, 0), sas);
    }

    static byte[] framed(PlainPacket plain, Bundles bundles) {
        return new Framer(FrameOptions.DEFAULT).frame(plain.bytes(), bundles).packet();
    }

    static byte[] sent(PlainPacket plain, Bundles bundles) {
        return new Sender(IvSource.seededForTests(7), DataPathFeatures.ALL).protect(framed(plain, bundles), bundles).packet();
    }
}
