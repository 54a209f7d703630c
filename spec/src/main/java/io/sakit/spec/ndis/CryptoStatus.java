package io.sakit.spec.ndis;

import java.util.Optional;

/**
 * The {@code CryptoStatus} values an adapter reports with a received packet.
 *
 * <p>Values are the {@code CRYPTO_*} constants of {@code ndis.h}; see SPEC.md section 9.
 */
public enum CryptoStatus {
    SUCCESS(0),
    GENERIC_ERROR(1),
    TRANSPORT_AH_AUTH_FAILED(2),
    TRANSPORT_ESP_AUTH_FAILED(3),
    TUNNEL_AH_AUTH_FAILED(4),
    TUNNEL_ESP_AUTH_FAILED(5),
    INVALID_PACKET_SYNTAX(6),
    INVALID_PROTOCOL(7);

    private final int value;

    CryptoStatus(int value) {
        this.value = value;
    }

    /** Returns the numeric {@code CRYPTO_*} value. */
    public int value() {
        return value;
    }

    /** Returns the status with this value, or empty for an undefined value. */
    public static Optional<CryptoStatus> of(int value) {
        return value >= 0 && value < values().length ? Optional.of(values()[value]) : Optional.empty();
    }

    /** Returns {@code CRYPTO_<NAME> (n)} for a defined value and the bare number otherwise. */
    public static String describe(int value) {
        return of(value).map(status -> "CRYPTO_" + status.name() + " (" + value + ")").orElse(Integer.toString(value));
    }
}
