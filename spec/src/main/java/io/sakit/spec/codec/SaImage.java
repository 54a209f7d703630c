package io.sakit.spec.codec;

import java.util.Objects;

/**
 * The raw fields of one OFFLOAD_SECURITY_ASSOCIATION (44 bytes): Operation @0, SPI @4 (network order),
 * IntegrityAlgo @8, ConfAlgo @20, Reserved @32.
 */
public record SaImage(int operation, int spi, AlgoImage integrity, AlgoImage conf, AlgoImage reserved) {

    /** The all-zero entry, as unused slots of SecAssoc usually hold. */
    public static final SaImage ZERO = new SaImage(0, 0, AlgoImage.ZERO, AlgoImage.ZERO, AlgoImage.ZERO);

    /** The size of OFFLOAD_SECURITY_ASSOCIATION in bytes. */
    public static final int SIZE = 44;
    /** Offset of Operation. */
    public static final int OPERATION = 0;
    /** Offset of SPI. */
    public static final int SPI = 4;
    /** Offset of IntegrityAlgo. */
    public static final int INTEGRITY = 8;
    /** Offset of ConfAlgo. */
    public static final int CONF = 20;
    /** Offset of Reserved. */
    public static final int RESERVED = 32;

    /** Requires every part to be present. */
    public SaImage {
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(conf, "conf");
        Objects.requireNonNull(reserved, "reserved");
    }
}
