package io.sakit.testkit.vectors;

import io.sakit.spec.profile.KeyOrder;
import java.util.List;

/** The key orders a test holds under: both ({@code any}) or one. */
enum Scope {
    ANY("any", List.of(KeyOrder.CONF_FIRST, KeyOrder.INTEGRITY_FIRST)),
    CONF_FIRST("conf-first", List.of(KeyOrder.CONF_FIRST)),
    INTEGRITY_FIRST("integrity-first", List.of(KeyOrder.INTEGRITY_FIRST));

    private final String token;
    private final List<KeyOrder> orders;

    Scope(String token, List<KeyOrder> orders) {
        this.token = token;
        this.orders = orders;
    }

    /** Returns the {@code keyOrder} value of the group. */
    String token() {
        return token;
    }

    /** Returns the key orders the decoder cross-check runs under. */
    List<KeyOrder> orders() {
        return orders;
    }

    /** Returns the scope of exactly one key order. */
    static Scope of(KeyOrder order) {
        return order == KeyOrder.CONF_FIRST ? CONF_FIRST : INTEGRITY_FIRST;
    }
}
