package io.sakit.spec.ndis;

import java.util.Optional;

/**
 * The NDIS status codes the specification assigns to set requests and transmits.
 *
 * <p>Values are those of {@code ndis.h} and {@code ntstatus.h}; see SPEC.md section 2.
 */
public enum NdisStatus {
    SUCCESS(0x00000000),
    FAILURE(0xC0000001),
    RESOURCES(0xC000009A),
    NOT_SUPPORTED(0xC00000BB),
    INVALID_PACKET(0xC001000F),
    INVALID_LENGTH(0xC0010014),
    INVALID_DATA(0xC0010015),
    INVALID_OID(0xC0010017);

    private final int code;

    NdisStatus(int code) {
        this.code = code;
    }

    /** Returns the 32-bit {@code NDIS_STATUS} value. */
    public int code() {
        return code;
    }

    /** Returns the status with this code, or empty when the code is not one the specification uses. */
    public static Optional<NdisStatus> of(int code) {
        for (NdisStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Returns {@code NDIS_STATUS_<NAME> (0x…)} for a known code and the bare hexadecimal value otherwise. */
    public static String describe(int code) {
        String hex = String.format("0x%08X", code);
        return of(code).map(status -> "NDIS_STATUS_" + status.name() + " (" + hex + ")").orElse(hex);
    }
}
