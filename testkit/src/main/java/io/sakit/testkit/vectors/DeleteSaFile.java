package io.sakit.testkit.vectors;

import java.util.List;
import java.util.Map;

/** Generates delete_sa.json: OID_TCP_TASK_IPSEC_DELETE_SA requests after the adds that make their handles live. */
final class DeleteSaFile {

    /** The file name. */
    static final String NAME = "delete_sa.json";

    private static final long SEED = 0xDE1E7E00L;

    private DeleteSaFile() {
    }

    /** Returns the document tree. */
    static Map<String, Object> document() {
        return OidFile.build(List.of(
                "OID_TCP_TASK_IPSEC_DELETE_SA (OFFLOAD_IPSEC_DELETE_SA: one HANDLE, 4 bytes on x86 and 8 on x64): valid deletes of single SAs",
                "and bundles, short and long buffers, NULL, unknown and already deleted handles, and the effect of a delete on later adds."),
                abi -> DeleteCases.all(new Build(abi, SEED)));
    }
}
