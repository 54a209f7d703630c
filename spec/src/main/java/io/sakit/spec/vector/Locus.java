package io.sakit.spec.vector;

import java.util.OptionalInt;

/** Where in a vector file a fault lies: the file and, when the fault is in one test, its tcId. */
record Locus(String file, OptionalInt tcId) {

    /** Returns the locus of the whole file. */
    static Locus of(String file) {
        return new Locus(file, OptionalInt.empty());
    }

    /** Returns the locus of test {@code id} in the same file. */
    Locus test(int id) {
        return new Locus(file, OptionalInt.of(id));
    }

    /** Returns the exception for {@code message} at this locus: {@code file: test N: message}. */
    VectorFileException fail(String message) {
        return new VectorFileException(prefix() + message);
    }

    /** Returns the exception for {@code message} at this locus, keeping {@code cause}. */
    VectorFileException fail(String message, Throwable cause) {
        return new VectorFileException(prefix() + message, cause);
    }

    private String prefix() {
        return file + ": " + (tcId.isPresent() ? "test " + tcId.getAsInt() + ": " : "");
    }
}
