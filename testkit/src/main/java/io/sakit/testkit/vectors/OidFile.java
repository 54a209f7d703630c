package io.sakit.testkit.vectors;

import io.sakit.spec.profile.Abi;
import io.sakit.spec.vector.VectorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assembles an OID request file from the cases of each ABI: one group per ABI and key order scope, every
 * case cross-checked with the decoder first.
 */
final class OidFile {

    /** What every OID request file says about how its tests run. */
    static final List<String> COMMON_HEADER = List.of(
            "Each test starts on an adapter that holds no SA and no parser entry (after reset).",
            "Every setup step must complete with NDIS_STATUS_SUCCESS; then the request is sent and its completion compared.",
            "Buffers are whole information buffers; before a step is sent, each 'handles' entry copies the handle an earlier setup step",
            "returned into the buffer at 'at' (sizeof(HANDLE) bytes, little-endian). Handle fields not named hold NULL.",
            "bytesNeeded is the total; an adapter with the ADDITIONAL bytesNeeded profile reports bytesNeeded minus the buffer length.",
            "A valid request needs the capabilities it uses; the runner decides whether a test applies to an adapter's advertisement.",
            "Groups with keyOrder 'any' hold under both keyOrder profile points; the others only under the one named.");

    private OidFile() {
    }

    /** Returns the document tree for {@code header} and the cases {@code cases} builds for each ABI. */
    static Map<String, Object> build(List<String> header, Function<Abi, List<OidCase>> cases) {
        List<VectorDocument.Group> groups = new ArrayList<>();
        for (Abi abi : List.of(Abi.X86, Abi.X64)) {
            List<OidCase> all = cases.apply(abi);
            all.forEach(test -> DecoderCrossCheck.verify(test, abi));
            for (Scope scope : Scope.values()) {
                List<VectorDocument.Test> tests = all.stream().filter(test -> test.scope() == scope).map(OidCase::toDocument).toList();
                if (!tests.isEmpty()) {
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    parameters.put("abi", abi.token());
                    parameters.put("keyOrder", scope.token());
                    groups.add(new VectorDocument.Group(parameters, tests));
                }
            }
        }
        List<String> lines = new ArrayList<>(header);
        lines.addAll(COMMON_HEADER);
        return VectorDocument.build(VectorType.OID_REQUEST, lines, groups);
    }
}
