package io.sakit.spec.model;

/** The direction of an SA, from the {@code Flags} member of OFFLOAD_IPSEC_ADD_SA (decision A10). */
public enum Direction {
    /** {@code OFFLOAD_INBOUND_SA} (0x0001). */
    INBOUND(0x0001),
    /** {@code OFFLOAD_OUTBOUND_SA} (0x0002). */
    OUTBOUND(0x0002);

    private final int flag;

    Direction(int flag) {
        this.flag = flag;
    }

    /** Returns the {@code Flags} value of this direction. */
    public int flag() {
        return flag;
    }

    /**
     * Returns the direction the {@code Flags} value names; exactly one of the two bits and no other is valid.
     *
     * @throws RuleViolation ADD-FLG-001 for any other value
     */
    public static Direction fromFlags(int flags) {
        if (flags == INBOUND.flag) {
            return INBOUND;
        }
        if (flags == OUTBOUND.flag) {
            return OUTBOUND;
        }
        throw RuleViolation.invalidData("ADD-FLG-001", String.format("Flags 0x%04X; must be exactly OFFLOAD_INBOUND_SA (0x0001) or OFFLOAD_OUTBOUND_SA (0x0002)", flags));
    }
}
