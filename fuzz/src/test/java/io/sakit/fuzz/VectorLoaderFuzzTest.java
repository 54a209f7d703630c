package io.sakit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sakit.spec.vector.VectorFileException;
import io.sakit.spec.vector.VectorLoader;

/** The vector loader refuses any malformed file with its one exception type and nothing else. */
class VectorLoaderFuzzTest {

    @FuzzTest
    void anyFile(byte[] content) {
        try {
            VectorLoader.parse("fuzzed.json", content);
        } catch (VectorFileException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank() || expected.getMessage().contains("\n")) {
                throw new AssertionError("a refusal must be one line naming the file: " + expected.getMessage());
            }
        }
    }
}
