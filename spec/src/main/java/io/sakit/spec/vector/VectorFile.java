package io.sakit.spec.vector;

import java.util.List;

/** A loaded, validated vector file: its header and its tests in file order. */
public sealed interface VectorFile permits OidRequestFile, FilterMatchFile, MacKatFile, CipherKatFile {

    /** Returns the header fields and notes. */
    VectorHeader header();

    /** Returns every test of the file, group after group, in file order. */
    List<? extends VectorTest> tests();

    /** Returns the requirement ids {@code test} checks, from its flags' notes and its own list. */
    default List<String> requirementsOf(VectorTest test) {
        return header().requirementsOf(test);
    }
}
