package io.sakit.reports.model;

import java.util.Objects;
import java.util.Set;

/**
 * An SA a failing data-path case installed, without its keys: enough for Wireshark to tell which SA a
 * captured packet belongs to and which algorithms protect it. Addresses are dotted quads or {@code *} (any).
 */
public record CapturedSa(String protocol, String source, String destination, long spi, String encryption, String authentication) {

    /** The encryption names: those of ESP, and {@code NONE} for AH. */
    public static final Set<String> ENCRYPTIONS = Set.of("NULL", "DES-CBC", "3DES-CBC", "NONE");
    /** The authentication names. */
    public static final Set<String> AUTHENTICATIONS = Set.of("NULL", "HMAC-MD5-96", "HMAC-SHA1-96");

    /** Requires ESP or AH, addresses, a 32-bit SPI and known algorithm names. */
    public CapturedSa {
        if (!"ESP".equals(protocol) && !"AH".equals(protocol)) {
            throw new IllegalArgumentException("protocol must be ESP or AH, not " + protocol);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (spi < 0 || spi > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("SPI " + spi + " is not a 32-bit value");
        }
        if (!ENCRYPTIONS.contains(encryption) || !AUTHENTICATIONS.contains(authentication)) {
            throw new IllegalArgumentException("unknown algorithms " + encryption + " / " + authentication);
        }
    }
}
