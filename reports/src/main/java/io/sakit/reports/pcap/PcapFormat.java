package io.sakit.reports.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The classic libpcap file format, little-endian, microsecond timestamps: a 24-byte global header (magic
 * 0xa1b2c3d4, version 2.4, snap length 65535, link type {@link #LINKTYPE_RAW}) and a 16-byte record header
 * before each packet. Timestamps are not capture times: frame {@code n} is stamped {@link #TIMESTAMP_BASE}
 * plus {@code n - 1} milliseconds, so the same packets always give the same file.
 */
public final class PcapFormat {

    /** LINKTYPE_RAW: each packet starts at its IPv4 (or IPv6) header. */
    public static final int LINKTYPE_RAW = 101;
    /** The largest number of bytes of one packet the file keeps. */
    public static final int SNAP_LENGTH = 65535;
    /** The timestamp of frame 1, in seconds since the epoch: 2000-01-01T00:00:00Z. */
    public static final long TIMESTAMP_BASE = 946_684_800L;

    private static final int MAGIC = 0xa1b2c3d4;

    private PcapFormat() {
    }

    /** Returns the file holding {@code frames} in the given order. */
    public static byte[] file(List<Frame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(globalHeader());
        int index = 0;
        for (Frame frame : frames) {
            out.writeBytes(record(index++, frame.bytes()));
        }
        return out.toByteArray();
    }

    private static byte[] globalHeader() {
        return ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAP_LENGTH).putInt(LINKTYPE_RAW).array();
    }

    private static byte[] record(int index, byte[] packet) {
        int kept = Math.min(packet.length, SNAP_LENGTH);
        long micros = index * 1000L;
        return ByteBuffer.allocate(16 + kept).order(ByteOrder.LITTLE_ENDIAN).putInt((int) (TIMESTAMP_BASE + micros / 1_000_000))
                .putInt((int) (micros % 1_000_000)).putInt(kept).putInt(packet.length).put(packet, 0, kept).array();
    }
}
