package io.sakit.spec.ndis;

import java.util.Optional;

/**
 * The four set requests of NDIS IPsec task offload version 1 that an adapter receives.
 *
 * <p>Values are those of {@code ntddndis.h}; see SPEC.md section 2.
 */
public enum Oid {
    /** {@code OID_TCP_TASK_IPSEC_ADD_SA}: adds one SA or an ESP-then-AH bundle. */
    ADD_SA(0xFC010202),
    /** {@code OID_TCP_TASK_IPSEC_DELETE_SA}: deletes the SAs behind one handle. */
    DELETE_SA(0xFC010203),
    /** {@code OID_TCP_TASK_IPSEC_ADD_UDPESP_SA}: adds a UDP-encapsulated ESP SA and its parser entry. */
    ADD_UDPESP_SA(0xFC010205),
    /** {@code OID_TCP_TASK_IPSEC_DELETE_UDPESP_SA}: deletes a UDP-ESP SA and optionally its parser entry. */
    DELETE_UDPESP_SA(0xFC010206);

    private static final Oid[] VALUES = values();

    private final int value;

    Oid(int value) {
        this.value = value;
    }

    /** Returns the 32-bit OID value as NDIS defines it. */
    public int value() {
        return value;
    }

    /** Returns the request with this OID value, or empty for any other value. */
    public static Optional<Oid> of(int value) {
        for (Oid oid : VALUES) {
            if (oid.value == value) {
                return Optional.of(oid);
            }
        }
        return Optional.empty();
    }

    /** Returns the NDIS name of an OID value, or its hexadecimal form when it is not one of the four. */
    public static String describe(int value) {
        return of(value).map(oid -> "OID_TCP_TASK_IPSEC_" + oid.name()).orElse(String.format("0x%08X", value));
    }
}
