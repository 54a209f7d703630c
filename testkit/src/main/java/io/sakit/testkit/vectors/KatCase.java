package io.sakit.testkit.vectors;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One known answer before numbering: comment, flags, and its hex fields in file order. */
record KatCase(String comment, List<KatFlag> flags, Map<String, byte[]> fields) {

    KatCase {
        flags = List.copyOf(flags);
        fields = new LinkedHashMap<>(fields);
    }

    /** Returns the document test. */
    VectorDocument.Test toDocument() {
        Map<String, Object> json = new LinkedHashMap<>();
        fields.forEach((name, bytes) -> json.put(name, HexFormat.of().formatHex(bytes)));
        return new VectorDocument.Test(comment, flags, json);
    }

    /** Throws {@link IllegalStateException} unless {@code computed} equals {@code published}. */
    static void require(byte[] computed, byte[] published, String what) {
        if (!Arrays.equals(computed, published)) {
            throw new IllegalStateException("the JDK disagrees with the known answer for " + what);
        }
    }
}
