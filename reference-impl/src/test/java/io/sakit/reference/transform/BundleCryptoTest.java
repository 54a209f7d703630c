package io.sakit.reference.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.sadb.Bundle;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BundleCryptoTest {

    private final Harness harness = Harness.everything();

    private static BundleCrypto crypto(Bundle bundle) {
        synchronized (bundle) {
            return BundleCrypto.ofLive(bundle);
        }
    }

    @Test
    @DisplayName("the shape of an ESP-then-AH tunnel bundle names both SPIs, the IV, ICV and block lengths")
    void shapeOfABundle() {
        long handle = harness.add(Sas.tunnel(Direction.OUTBOUND, Filter.ANY, "1.1.1.1", "2.2.2.2", Sas.esp(0x10, ConfAlgorithm.TRIPLE_DES,
                IntegrityAlgorithm.NONE), Sas.ah(0x20, IntegrityAlgorithm.MD5)));
        BundleShape shape = crypto(harness.database().bundle(handle)).shape();
        assertThat(shape).isEqualTo(new BundleShape(true, false, true, true, 0x20, 0x10, 8, 0, 8));
        assertThat(shape.isCombined()).isTrue();
    }

    @Test
    @DisplayName("the shapes of single AH and NULL ESP SAs")
    void shapesOfSingleSas() {
        long ah = harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, Sas.ah(0x30, IntegrityAlgorithm.SHA1)));
        long esp = harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, Sas.esp(0x40, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1)));
        assertThat(crypto(harness.database().bundle(ah)).shape()).isEqualTo(new BundleShape(false, false, true, false, 0x30, 0, 0, 0, 4));
        assertThat(crypto(harness.database().bundle(esp)).shape()).isEqualTo(new BundleShape(false, false, false, true, 0, 0x40, 0, 12, 4));
    }

    @Test
    @DisplayName("the crypto state is created once per bundle")
    void createdOnce() {
        long handle = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, Sas.esp(0x50, ConfAlgorithm.DES, IntegrityAlgorithm.MD5)));
        Bundle bundle = harness.database().bundle(handle);
        assertThat(crypto(bundle)).isSameAs(crypto(bundle));
    }

    @Test
    @DisplayName("DEL-KEY-001: deleting a bundle destroys its crypto state, and a deleted bundle has none")
    void deleteDestroys() {
        long handle = harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, Sas.esp(0x60, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1),
                Sas.ah(0x61, IntegrityAlgorithm.SHA1)));
        Bundle bundle = harness.database().bundle(handle);
        BundleCrypto crypto = crypto(bundle);
        assertThat(crypto.isDestroyed()).isFalse();
        assertThat(harness.database().delete(handle)).isEmpty();
        assertThat(crypto.isDestroyed()).isTrue();
        assertThat(crypto(bundle)).isNull();
    }
}
