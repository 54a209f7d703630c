package io.sakit.testkit.framing;

import io.sakit.testkit.packet.Ipv4Option;
import java.util.List;
import java.util.Objects;

/**
 * The choices the transport makes when it frames a packet (SPEC.md 9.4, 10): the sequence number written into every AH and ESP
 * header, extra ESP padding beyond the minimum (a multiple of the alignment), the placeholder byte of the IV and
 * ICV fields, the UDP source port of UDP-ESP, and the TTL and options of an outer tunnel header.
 */
public record FrameOptions(int sequence, int extraPadding, int placeholder, int udpSourcePort, int outerTtl, List<Ipv4Option> outerOptions) {

    /** Sequence 1, minimal padding, zero placeholders, UDP source port 4500, outer TTL 64, no outer options. */
    public static final FrameOptions DEFAULT = new FrameOptions(1, 0, 0, Bundle.NAT_T_PORT, 64, List.of());

    /** Requires extra padding of 0 to 248 bytes, byte-sized placeholder and TTL, and a 16-bit port. */
    public FrameOptions {
        outerOptions = List.copyOf(Objects.requireNonNull(outerOptions, "outerOptions"));
        if (extraPadding < 0 || extraPadding > 248) {
            throw new IllegalArgumentException("extra padding " + extraPadding + "; padding holds at most 255 bytes");
        }
        if (placeholder < 0 || placeholder > 0xFF || outerTtl < 0 || outerTtl > 0xFF) {
            throw new IllegalArgumentException("placeholder and outer TTL are bytes");
        }
        if (udpSourcePort < 0 || udpSourcePort > 0xFFFF) {
            throw new IllegalArgumentException("UDP source port " + udpSourcePort + " out of range 0..65535");
        }
    }

    /** Returns these options with another sequence number. */
    public FrameOptions withSequence(int newSequence) {
        return new FrameOptions(newSequence, extraPadding, placeholder, udpSourcePort, outerTtl, outerOptions);
    }

    /** Returns these options with extra padding (a multiple of every alignment used: 8 is always safe). */
    public FrameOptions withExtraPadding(int newExtraPadding) {
        return new FrameOptions(sequence, newExtraPadding, placeholder, udpSourcePort, outerTtl, outerOptions);
    }

    /** Returns these options with another placeholder byte for the IV and ICV fields. */
    public FrameOptions withPlaceholder(int newPlaceholder) {
        return new FrameOptions(sequence, extraPadding, newPlaceholder, udpSourcePort, outerTtl, outerOptions);
    }

    /** Returns these options with another UDP source port. */
    public FrameOptions withUdpSourcePort(int newUdpSourcePort) {
        return new FrameOptions(sequence, extraPadding, placeholder, newUdpSourcePort, outerTtl, outerOptions);
    }

    /** Returns these options with options in the outer tunnel header. */
    public FrameOptions withOuterOptions(List<Ipv4Option> newOuterOptions) {
        return new FrameOptions(sequence, extraPadding, placeholder, udpSourcePort, outerTtl, newOuterOptions);
    }
}
