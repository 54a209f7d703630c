package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.DesKeys;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import java.util.Random;

/**
 * Deterministic key bytes for the vectors (which are public test data): a fixed-seed {@link Random}, whose
 * sequence the Java platform specifies. DES keys are never weak and 3DES keys never collapse to single DES.
 */
final class KeySource {

    private final Random random;

    KeySource(long seed) {
        this.random = new Random(seed);
    }

    /** Returns {@code length} fresh bytes. */
    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Returns a fresh key for {@code algorithm}: 8 bytes that are not a weak DES key, or 24 whose parts are distinct and not weak. */
    KeyMaterial conf(ConfAlgorithm algorithm) {
        while (true) {
            KeyMaterial key = KeyMaterial.copyOf(bytes(algorithm.keyLength()));
            if (algorithm == ConfAlgorithm.NONE || usable(key, algorithm)) {
                return key;
            }
        }
    }

    /** Returns a fresh key of the length {@code algorithm} needs. */
    KeyMaterial integrity(IntegrityAlgorithm algorithm) {
        return KeyMaterial.copyOf(bytes(algorithm.keyLength()));
    }

    private static boolean usable(KeyMaterial key, ConfAlgorithm algorithm) {
        for (int offset = 0; offset < key.length(); offset += DesKeys.KEY_LENGTH) {
            if (DesKeys.isWeak(key, offset)) {
                return false;
            }
        }
        return algorithm != ConfAlgorithm.TRIPLE_DES || !DesKeys.collapsesToSingleDes(key);
    }
}
