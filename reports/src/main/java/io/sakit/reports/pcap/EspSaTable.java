package io.sakit.reports.pcap;

import io.sakit.reports.model.CapturedSa;
import java.util.Map;
import java.util.Optional;

/**
 * Lines of Wireshark's ESP SA table ({@code esp_sa}, Preferences > Protocols > ESP > ESP SAs): protocol,
 * source, destination, SPI, encryption, encryption key, authentication, authentication key, each quoted.
 * Only ESP SAs have lines; the key fields are empty unless keys are given.
 */
public final class EspSaTable {

    /** The table's file name in an output directory. */
    public static final String NAME = "failures-esp_sa";

    private static final Map<String, String> ENCRYPTIONS = Map.of("NULL", "NULL", "DES-CBC", "DES-CBC [RFC2405]", "3DES-CBC", "TripleDES-CBC [RFC2451]");
    private static final Map<String, String> AUTHENTICATIONS = Map.of("NULL", "NULL", "HMAC-MD5-96", "HMAC-MD5-96 [RFC2403]", "HMAC-SHA1-96",
            "HMAC-SHA-1-96 [RFC2404]");

    private EspSaTable() {
    }

    /** Returns the line of {@code sa} without keys, or empty for an AH SA, which Wireshark's table does not hold. */
    public static Optional<String> line(CapturedSa sa) {
        return line(sa, "", "");
    }

    /**
     * Returns the line of {@code sa} with the keys given in hexadecimal (empty for none), or empty for an AH SA.
     * Only a key log the user asked for carries keys.
     */
    public static Optional<String> line(CapturedSa sa, String encryptionKeyHex, String authenticationKeyHex) {
        if (!sa.protocol().equals("ESP")) {
            return Optional.empty();
        }
        return Optional.of(String.join(",", quote("IPv4"), quote(sa.source()), quote(sa.destination()), quote(String.format("0x%08X", sa.spi())),
                quote(ENCRYPTIONS.get(sa.encryption())), quote(key(encryptionKeyHex)), quote(AUTHENTICATIONS.get(sa.authentication())),
                quote(key(authenticationKeyHex))));
    }

    private static String key(String hex) {
        return hex.isEmpty() ? "" : "0x" + hex;
    }

    private static String quote(String field) {
        return '"' + field.replaceAll("[\\p{Cntrl}\"\\\\]", "?") + '"';
    }
}
