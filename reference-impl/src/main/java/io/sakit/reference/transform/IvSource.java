package io.sakit.reference.transform;

/**
 * Supplies the explicit IV of every DES and 3DES transmit (SPEC.md 10.3, decision A19). Implementations
 * are safe for concurrent use, because different bundles are transmitted in parallel; tests inject fixed
 * IVs through this interface to make transmits deterministic.
 */
@FunctionalInterface
public interface IvSource {

    /** The length of a DES and 3DES IV: one block. */
    int IV_LENGTH = 8;

    /** Writes the next IV, {@link #IV_LENGTH} bytes, into {@code target} from {@code offset}. */
    void nextIv(byte[] target, int offset);
}
