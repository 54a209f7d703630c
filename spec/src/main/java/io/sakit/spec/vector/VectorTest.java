package io.sakit.spec.vector;

import java.util.List;

/** What every test of every vector file has: an id unique in its file, a comment and flags defined in the file's notes. */
public sealed interface VectorTest permits OidRequestTest, FilterMatchTest, MacKatTest, CipherKatTest {

    /** Returns the test's id, unique within its file. */
    int tcId();

    /** Returns a human description of the test. */
    String comment();

    /** Returns the test's flags; each is defined in the notes of the file. */
    List<String> flags();

    /** Returns requirement ids the test cites beyond those of its flags' notes (often none). */
    default List<String> extraRequirements() {
        return List.of();
    }
}
