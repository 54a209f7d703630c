package io.sakit.spec.model;

/** The UDP encapsulation type of a parser entry ({@code UDP_ENCAP_TYPE}). */
public enum UdpEncapType {
    /** {@code OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_IKE} (0): reserved for internal use; refused with NOT_SUPPORTED. */
    IKE(0),
    /** {@code OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_OTHER} (1): ESP in UDP as on port 4500 (RFC 3948). */
    OTHER(1);

    private final int value;

    UdpEncapType(int value) {
        this.value = value;
    }

    /** Returns the {@code UDP_ENCAP_TYPE} value. */
    public int value() {
        return value;
    }

    /**
     * Returns the encapsulation type with this value.
     *
     * @throws RuleViolation UDP-ENC-001 for a value of 2 or more
     */
    public static UdpEncapType fromValue(int value) {
        for (UdpEncapType type : values()) {
            if (type.value == value) {
                return type;
            }
        }
        throw RuleViolation.invalidData("UDP-ENC-001", "UdpEncapType " + Integer.toUnsignedString(value) + "; must be IKE (0) or OTHER (1)");
    }
}
