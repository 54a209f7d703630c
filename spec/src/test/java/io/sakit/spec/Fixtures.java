package io.sakit.spec;

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
import java.util.List;

/** Hand-built valid values for example tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Returns {@code length} bytes counting up from {@code first}. */
    public static byte[] counting(int first, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }

    /** Returns an ESP 3DES/SHA SA with distinct, recognisable keys. */
    public static SecurityAssociation esp3desSha(int spi) {
        return new SecurityAssociation(new SaParameters(Operation.ENCRYPT, spi, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1),
                KeyMaterial.copyOf(counting(0x10, 24)), KeyMaterial.copyOf(counting(0x80, 20)));
    }

    /** Returns an ESP DES SA without integrity, as the ESP half of a bundle. */
    public static SecurityAssociation espDesOnly(int spi) {
        return new SecurityAssociation(new SaParameters(Operation.ENCRYPT, spi, ConfAlgorithm.DES, IntegrityAlgorithm.NONE),
                KeyMaterial.copyOf(counting(0x30, 8)), KeyMaterial.empty());
    }

    /** Returns an AH MD5 SA. */
    public static SecurityAssociation ahMd5(int spi) {
        return new SecurityAssociation(new SaParameters(Operation.AUTHENTICATE, spi, ConfAlgorithm.NONE, IntegrityAlgorithm.MD5),
                KeyMaterial.empty(), KeyMaterial.copyOf(counting(0x40, 16)));
    }

    /** Returns a filter 10.1.2.0/24 -> 10.9.0.7 TCP port 443. */
    public static Filter webFilter() {
        return new Filter(Ipv4.parse("10.1.2.0"), Ipv4.parse("255.255.255.0"), Ipv4.parse("10.9.0.7"), Ipv4.parse("255.255.255.255"), 6, 0, 443);
    }

    /** Returns an outbound transport ESP 3DES/SHA request. */
    public static AddSaRequest outboundEsp() {
        return new AddSaRequest(webFilter(), Tunnel.NONE, Direction.OUTBOUND, List.of(esp3desSha(0x1234)));
    }

    /** Returns an inbound tunnel ESP(DES)+AH(MD5) bundle. */
    public static AddSaRequest inboundBundle() {
        return new AddSaRequest(webFilter(), new Tunnel(Ipv4.parse("192.0.2.1"), Ipv4.parse("198.51.100.2")), Direction.INBOUND,
                List.of(espDesOnly(0x100), ahMd5(0x200)));
    }
}
