package io.sakit.spec.capability;

import io.sakit.spec.profile.Profile;
import java.util.Objects;

/**
 * Everything an adapter advertises: its NDIS_IPSEC_OFFLOAD_V1 bits, the kit's extensions (SA capacity
 * counted in SAs, parser-entry capacity, whether it exposes its classifier) and its interpretation
 * profile, which includes the ABI.
 */
public record AdapterCapabilities(IpsecOffloadV1 offload, int saCapacity, int parserEntryCapacity, Profile profile, boolean classifier) {

    /** Requires non-negative capacities. */
    public AdapterCapabilities {
        Objects.requireNonNull(offload, "offload");
        Objects.requireNonNull(profile, "profile");
        if (saCapacity < 0 || parserEntryCapacity < 0) {
            throw new IllegalArgumentException("capacities cannot be negative");
        }
    }

    /** Returns whether {@code capability} is advertised. */
    public boolean has(Capability capability) {
        return capability.advertisedBy(this);
    }
}
