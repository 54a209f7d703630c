package io.sakit.bench;

import io.sakit.reference.sadb.AddResult;
import io.sakit.reference.sadb.Bundle;
import io.sakit.reference.sadb.SaDatabase;
import io.sakit.spec.capability.IpsecOffloadV1;
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
import io.sakit.spec.profile.Abi;
import java.util.List;

/** Requests and bundles for benchmarks: an inbound ESP 3DES/SHA-1 SA with fixed keys and a chosen SPI and filter. */
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

    static Bundle one() {
        SaDatabase database = new SaDatabase(IpsecOffloadV1.EVERYTHING, 1, 0, Abi.X64);
        AddResult.Added added = (AddResult.Added) database.add(request(1, Filter.ANY, Direction.INBOUND));
        return database.bundle(added.handle());
    }
}
