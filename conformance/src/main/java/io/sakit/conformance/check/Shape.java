package io.sakit.conformance.check;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a valid add request: its SAs' operations and algorithms, its mode and its direction; it
 * builds requests of that shape with given SPIs and fixed, distinct keys. {@link #all()} lists every shape
 * version 1 allows.
 */
public record Shape(List<SaParameters> parameters, boolean tunnel, Direction direction) {

    /** The tunnel endpoints of tunnel-mode shapes. */
    public static final Tunnel TUNNEL = new Tunnel(Ipv4.parse("192.0.2.1"), Ipv4.parse("198.51.100.1"));

    /** Copies the parameters. */
    public Shape {
        parameters = List.copyOf(parameters);
    }

    /** Returns every shape: each single AH and ESP SA and each ESP-then-AH bundle, in both modes and directions. */
    public static List<Shape> all() {
        List<List<SaParameters>> sas = new ArrayList<>();
        for (IntegrityAlgorithm ah : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
            sas.add(List.of(new SaParameters(Operation.AUTHENTICATE, 0, ConfAlgorithm.NONE, ah)));
        }
        for (ConfAlgorithm conf : ConfAlgorithm.values()) {
            for (IntegrityAlgorithm integrity : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
                sas.add(List.of(new SaParameters(Operation.ENCRYPT, 0, conf, integrity)));
            }
        }
        for (ConfAlgorithm conf : ConfAlgorithm.values()) {
            for (IntegrityAlgorithm integrity : IntegrityAlgorithm.values()) {
                if (conf == ConfAlgorithm.NONE && integrity == IntegrityAlgorithm.NONE) {
                    continue;
                }
                for (IntegrityAlgorithm ah : List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1)) {
                    sas.add(List.of(new SaParameters(Operation.ENCRYPT, 0, conf, integrity), new SaParameters(Operation.AUTHENTICATE, 0, ConfAlgorithm.NONE, ah)));
                }
            }
        }
        List<Shape> shapes = new ArrayList<>();
        for (List<SaParameters> bundle : sas) {
            for (boolean tunnel : new boolean[] {false, true}) {
                for (Direction direction : Direction.values()) {
                    shapes.add(new Shape(bundle, tunnel, direction));
                }
            }
        }
        return shapes;
    }

    /** Returns a name such as {@code esp-3des-sha1.tunnel.inbound} or {@code esp-des-none+ah-md5.transport.outbound}. */
    public String name() {
        List<String> parts = new ArrayList<>();
        for (SaParameters sa : parameters) {
            parts.add(sa.operation() == Operation.AUTHENTICATE ? "ah-" + token(sa.integrity()) : "esp-" + token(sa.conf()) + "-" + token(sa.integrity()));
        }
        return String.join("+", parts) + (tunnel ? ".tunnel." : ".transport.") + direction.name().toLowerCase(Locale.ROOT);
    }

    private static String token(ConfAlgorithm conf) {
        return switch (conf) {
            case NONE -> "null";
            case DES -> "des";
            case TRIPLE_DES -> "3des";
        };
    }

    private static String token(IntegrityAlgorithm integrity) {
        return integrity.name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether the shape is an ESP-then-AH bundle. */
    public boolean isBundle() {
        return parameters.size() == 2;
    }

    /** Returns a request of this shape with {@code filter}; SA {@code i} gets SPI {@code spiBase + i} and fixed keys derived from it. */
    public AddSaRequest request(int spiBase, Filter filter) {
        List<SecurityAssociation> sas = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            SaParameters p = parameters.get(i);
            SaParameters withSpi = new SaParameters(p.operation(), spiBase + i, p.conf(), p.integrity());
            sas.add(new SecurityAssociation(withSpi, key(p.conf().keyLength(), spiBase + i, 0x11), key(p.integrity().keyLength(), spiBase + i, 0x5B)));
        }
        return new AddSaRequest(filter, tunnel ? TUNNEL : Tunnel.NONE, direction, sas);
    }

    /** Returns {@code length} fixed key bytes derived from {@code seed}, never a degenerate 3DES key. */
    public static KeyMaterial key(int length, int seed, int salt) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 0x45 + i * 0x1D + salt + (i / 8) * 0x52);
        }
        return KeyMaterial.copyOf(bytes);
    }
}
