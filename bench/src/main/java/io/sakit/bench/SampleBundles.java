package io.sakit.bench;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import java.util.List;

/** Requests for benchmarks: an ESP 3DES/SHA-1 SA with fixed keys and a chosen SPI, filter and direction. */
final class SampleBundles {

    private SampleBundles() {
    }

    static AddSaRequest request(int spi, Filter filter, Direction direction) {
        byte[] conf = new byte[24];
        for (int i = 0; i < conf.length; i++) {
            conf[i] = (byte) (i * 7 + 1);
        }
        byte[] integrity = new byte[20];
        for (int i = 0; i < integrity.length; i++) {
            integrity[i] = (byte) (i * 3 + 5);
        }
        SecurityAssociation sa = new SecurityAssociation(new SaParameters(Operation.ENCRYPT, spi, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1),
                KeyMaterial.copyOf(conf), KeyMaterial.copyOf(integrity));
        return new AddSaRequest(filter, Tunnel.NONE, direction, List.of(sa));
    }
}
