package io.sakit.reports.pcap;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats bytes as a classic hex dump, 16 bytes a line: a six-digit hexadecimal offset, the bytes in
 * hexadecimal, and the printable ASCII characters (others as '.'). The offset and byte columns are the
 * format Wireshark's "Import from Hex Dump" reads.
 */
public final class HexDump {

    private static final int WIDTH = 16;

    private HexDump() {
    }

    /** Returns the lines of the dump of {@code bytes}, none for no bytes. */
    public static List<String> lines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += WIDTH) {
            lines.add(line(bytes, offset));
        }
        return lines;
    }

    private static String line(byte[] bytes, int offset) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = offset; i < offset + WIDTH; i++) {
            if (i < bytes.length) {
                hex.append(String.format("%02x ", bytes[i] & 0xff));
                text.append(printable(bytes[i]));
            } else {
                hex.append("   ");
            }
            if (i == offset + WIDTH / 2 - 1) {
                hex.append(' ');
            }
        }
        return String.format("%06x  %s |%s|", offset, hex, text);
    }

    private static char printable(byte b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }
}
