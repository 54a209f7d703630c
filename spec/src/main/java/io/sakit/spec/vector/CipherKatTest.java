package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/**
 * One cipher known answer: key, IV (empty for ECB), plaintext and ciphertext, whole blocks of equal length.
 */
public record CipherKatTest(int tcId, String comment, List<String> flags, byte[] key, byte[] iv, byte[] msg, byte[] ct)
        implements VectorTest {

    /** Requires whole, equal-length plaintext and ciphertext and an IV of 0 or 8 bytes; copies every array. */
    public CipherKatTest {
        Objects.requireNonNull(comment, "comment");
        flags = List.copyOf(flags);
        key = key.clone();
        iv = iv.clone();
        msg = msg.clone();
        ct = ct.clone();
        if (msg.length == 0 || msg.length % CipherAlgorithm.BLOCK_SIZE != 0 || ct.length != msg.length) {
            throw new IllegalArgumentException("msg and ct must be the same number of whole 8-byte blocks");
        }
        if (iv.length != 0 && iv.length != CipherAlgorithm.BLOCK_SIZE) {
            throw new IllegalArgumentException("iv must be absent or 8 bytes");
        }
    }

    /** Returns a copy of the key. */
    @Override
    public byte[] key() {
        return key.clone();
    }

    /** Returns a copy of the IV; empty for ECB. */
    @Override
    public byte[] iv() {
        return iv.clone();
    }

    /** Returns a copy of the plaintext. */
    @Override
    public byte[] msg() {
        return msg.clone();
    }

    /** Returns a copy of the ciphertext. */
    @Override
    public byte[] ct() {
        return ct.clone();
    }
}
