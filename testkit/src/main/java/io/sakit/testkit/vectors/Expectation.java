package io.sakit.testkit.vectors;

import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.vector.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The completion a test expects, stated from the specification's decisions. */
record Expectation(Result result, NdisStatus status, List<NdisStatus> alsoAcceptable, OptionalLong bytesRead, OptionalLong bytesNeeded) {

    Expectation {
        alsoAcceptable = List.copyOf(alsoAcceptable);
    }

    /** SUCCESS reading {@code bytesRead} bytes. */
    static Expectation success(long bytesRead) {
        return new Expectation(Result.VALID, NdisStatus.SUCCESS, List.of(), OptionalLong.of(bytesRead), OptionalLong.empty());
    }

    /** Refused with {@code status}, which is neither SUCCESS nor INVALID_LENGTH. */
    static Expectation invalid(NdisStatus status) {
        if (status == NdisStatus.SUCCESS || status == NdisStatus.INVALID_LENGTH) {
            throw new IllegalArgumentException("use success or invalidLength for " + status);
        }
        return new Expectation(Result.INVALID, status, List.of(), OptionalLong.empty(), OptionalLong.empty());
    }

    /** INVALID_DATA. */
    static Expectation invalidData() {
        return invalid(NdisStatus.INVALID_DATA);
    }

    /** INVALID_LENGTH with a total BytesNeeded of {@code bytesNeeded}. */
    static Expectation invalidLength(long bytesNeeded) {
        return new Expectation(Result.INVALID, NdisStatus.INVALID_LENGTH, List.of(), OptionalLong.empty(), OptionalLong.of(bytesNeeded));
    }

    /** A weak DES key: SUCCESS (ADD-KEY-005 lets the adapter accept it) or INVALID_DATA (it may refuse it). */
    static Expectation weakKey(long bytesRead) {
        return new Expectation(Result.ACCEPTABLE, NdisStatus.SUCCESS, List.of(NdisStatus.INVALID_DATA), OptionalLong.of(bytesRead),
                OptionalLong.empty());
    }

    /** Several faults: this expectation's status first in the check order, {@code others} also acceptable. */
    Expectation orAlso(NdisStatus... others) {
        return new Expectation(Result.ACCEPTABLE, status, List.of(others), bytesRead, bytesNeeded);
    }

    /** Returns the JSON fields from {@code result} on, in file order. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("result", result.token());
        fields.put("status", status.name());
        if (!alsoAcceptable.isEmpty()) {
            fields.put("alsoAcceptable", alsoAcceptable.stream().map(Enum::name).toList());
        }
        bytesRead.ifPresent(value -> fields.put("bytesRead", value));
        bytesNeeded.ifPresent(value -> fields.put("bytesNeeded", value));
        return fields;
    }
}
