package io.sakit.spec.vector;

import java.util.List;
import java.util.Objects;

/** The MAC known answers of one algorithm; every full digest has the algorithm's length. */
public record MacKatGroup(MacAlgorithm algorithm, List<MacKatTest> tests) {

    /** Requires the algorithm and digests of its length; copies the tests. */
    public MacKatGroup {
        Objects.requireNonNull(algorithm, "algorithm");
        tests = List.copyOf(tests);
        for (MacKatTest test : tests) {
            if (test.fullDigest().length != algorithm.digestLength()) {
                throw new IllegalArgumentException("test " + test.tcId() + ": fullDigest of " + algorithm.token() + " has "
                        + algorithm.digestLength() + " bytes");
            }
        }
    }
}
