package io.sakit.testkit.generate;

import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.IvSource;
import io.sakit.testkit.peer.Sender;
import java.util.Objects;

/**
 * One generated packet path (SPEC.md 10, 11): a plain datagram, the bundles it is sent on, the framing choices and
 * the seed of the IVs. Every byte string (framed, protected) is derived from these fields, so a counterexample prints as a
 * readable datagram and bundles.
 */
public record Scenario(PlainPacket plain, Bundles bundles, FrameOptions options, long ivSeed) {

    /** Requires every part. */
    public Scenario {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(bundles, "bundles");
        Objects.requireNonNull(options, "options");
    }

    /** Returns the packet framed by the transport (SPEC.md 10). */
    public Framed framed() {
        return new Framer(options).frame(plain.bytes(), bundles);
    }

    /** Returns the transmit result of the sending peer for the framed packet, with IVs drawn from the seed. */
    public TransmitResult transmit() {
        return new Sender(IvSource.seededForTests(ivSeed), DataPathFeatures.ALL).protect(framed().packet(), bundles);
    }

    /** Returns the protected packet: what a conforming adapter transmits, and what a receiver gets. */
    public byte[] protectedPacket() {
        return transmit().packet();
    }

    @Override
    public String toString() {
        return "Scenario[" + plain + " on " + bundles.outermostFirst() + ", seq " + options.sequence() + ", extra padding "
                + options.extraPadding() + ", outer options " + options.outerOptions() + ", IV seed " + ivSeed + "]";
    }
}
