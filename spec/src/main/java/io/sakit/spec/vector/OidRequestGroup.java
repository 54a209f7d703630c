package io.sakit.spec.vector;

import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of OID request tests for one ABI and, when the outcome depends on it, one key order
 * ({@code keyOrder} empty means "any": the tests hold under both).
 */
public record OidRequestGroup(Abi abi, Optional<KeyOrder> keyOrder, List<OidRequestTest> tests) {

    /** Requires the ABI; copies the tests. */
    public OidRequestGroup {
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(keyOrder, "keyOrder");
        tests = List.copyOf(tests);
    }

    /** Returns whether the group's tests apply to an adapter with {@code profile}. */
    public boolean appliesTo(Profile profile) {
        return abi == profile.abi() && keyOrder.map(order -> order == profile.keyOrder()).orElse(true);
    }
}
