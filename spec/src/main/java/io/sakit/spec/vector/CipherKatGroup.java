package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** The cipher known answers of one algorithm: keys of its length, an IV exactly in CBC mode. */
public record CipherKatGroup(CipherAlgorithm algorithm, List<CipherKatTest> tests) {

    /** Requires the algorithm, keys of its length and IVs exactly for CBC; copies the tests. */
    public CipherKatGroup {
        Objects.requireNonNull(algorithm, "algorithm");
        tests = List.copyOf(tests);
        for (CipherKatTest test : tests) {
            if (test.key().length != algorithm.keyLength()) {
                throw new IllegalArgumentException("test " + test.tcId() + ": " + algorithm.token() + " needs a key of "
                        + algorithm.keyLength() + " bytes");
            }
            if ((test.iv().length != 0) != algorithm.hasIv()) {
                throw new IllegalArgumentException("test " + test.tcId() + ": " + algorithm.token() + (algorithm.hasIv() ? " needs" : " takes no") + " iv");
            }
        }
    }
}
