package io.sakit.testkit.peer;

import io.sakit.testkit.framing.PacketLayout;
import java.util.Objects;

/** The outcome of the transmit layout checks of SPEC.md 10.1 and 10.2: the packet's layout, or why it is refused. */
public sealed interface LayoutResult permits LayoutResult.Accepted, LayoutResult.Refused {

    /** The packet has the layout the named bundles require. */
    record Accepted(PacketLayout layout) implements LayoutResult {
        /** Requires the layout. */
        public Accepted {
            Objects.requireNonNull(layout, "layout");
        }
    }

    /** The packet is refused with NDIS_STATUS_INVALID_PACKET; {@code requirement} names the rule, {@code reason} the fault. */
    record Refused(String requirement, String reason) implements LayoutResult {
        /** Requires both texts. */
        public Refused {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return requirement + ": " + reason;
        }
    }
}
