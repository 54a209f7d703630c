package io.sakit.testkit.framing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A framed outbound packet: the exact bytes the transport passes to transmit (SPEC.md 10), and the layout
 * description of its layers.
 */
public record Framed(byte[] packet, PacketLayout layout) {

    /** Keeps a copy of the packet; requires the layout to describe a packet of its length. */
    public Framed {
        packet = Objects.requireNonNull(packet, "packet").clone();
        Objects.requireNonNull(layout, "layout");
        if (layout.length() != packet.length) {
            throw new IllegalArgumentException("layout of " + layout.length() + " bytes for a packet of " + packet.length);
        }
    }

    /** Returns a copy of the framed bytes. */
    @Override
    public byte[] packet() {
        return packet.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Framed that && Arrays.equals(packet, that.packet) && layout.equals(that.layout);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(packet) * 31 + layout.hashCode();
    }

    @Override
    public String toString() {
        return "Framed[" + HexFormat.of().formatHex(packet) + "]\n" + layout.describe();
    }
}
