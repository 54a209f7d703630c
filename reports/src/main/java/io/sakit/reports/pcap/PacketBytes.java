package io.sakit.reports.pcap;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the hexadecimal text of a captured packet into its bytes. */
public final class PacketBytes {

    private static final Pattern HEX_PAIRS = Pattern.compile("([0-9A-Fa-f]{2})*");

    private PacketBytes() {
    }

    /** Returns the bytes of {@code hex} (two digits per byte, either case), or empty when it is not such text. */
    public static Optional<byte[]> parse(String hex) {
        if (!HEX_PAIRS.matcher(hex).matches()) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().parseHex(hex));
    }
}
