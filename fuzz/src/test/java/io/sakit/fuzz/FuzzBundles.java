package io.sakit.fuzz;

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
import java.util.List;

/** A fixed population of inbound bundles of every shape for the receive fuzz target. */
final class FuzzBundles {

    private static final int HOST = Ipv4.parse("10.0.0.2");
    private static final Tunnel TUNNEL = new Tunnel(Ipv4.parse("192.0.2.1"), Ipv4.parse("198.51.100.1"));

    private FuzzBundles() {
    }

    static List<Bundle> inbound() {
        Filter host = new Filter(0, 0, HOST, -1, 0, 0, 0);
        Filter udp = new Filter(0, 0, HOST, -1, Filter.UDP, 0, 0);
        return List.of(
                Bundle.plain(request(host, Tunnel.NONE, sa(Operation.AUTHENTICATE, 0x101, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1))),
                Bundle.plain(request(Filter.ANY, Tunnel.NONE, sa(Operation.ENCRYPT, 0x102, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5))),
                Bundle.plain(request(host, Tunnel.NONE, sa(Operation.ENCRYPT, 0x103, ConfAlgorithm.DES, IntegrityAlgorithm.NONE),
                        sa(Operation.AUTHENTICATE, 0x104, ConfAlgorithm.NONE, IntegrityAlgorithm.MD5))),
                Bundle.plain(request(Filter.ANY, TUNNEL, sa(Operation.ENCRYPT, 0x105, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1))),
                Bundle.udpEsp(new io.sakit.spec.model.UdpEspAddRequest(request(udp, Tunnel.NONE,
                        sa(Operation.ENCRYPT, 0x106, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1)), io.sakit.spec.model.UdpEncapType.OTHER, 4500, 0)));
    }

    private static AddSaRequest request(Filter filter, Tunnel tunnel, SecurityAssociation... sas) {
        return new AddSaRequest(filter, tunnel, Direction.INBOUND, List.of(sas));
    }

    private static SecurityAssociation sa(Operation operation, int spi, ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        return new SecurityAssociation(new SaParameters(operation, spi, conf, integrity), key(conf.keyLength(), spi), key(integrity.keyLength(), spi + 7));
    }

    private static KeyMaterial key(int length, int seed) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (seed * 13 + i * 29 + (i / 8) * 71);
        }
        return KeyMaterial.copyOf(key);
    }
}
