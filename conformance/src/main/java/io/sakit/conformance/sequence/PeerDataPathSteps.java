package io.sakit.conformance.sequence;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.verify.TransmitVerifier;
import io.sakit.testkit.verify.Verdict;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * The data-path steps of a sequence, built with the kit's transport side: a transmit frames a datagram for the
 * bundle and reduces a successful result to the verifier's verdict (IVs differ between sides); a receive sends a
 * packet the software peer protected for the bundle and reduces the result to its per-packet information and bytes.
 */
public final class PeerDataPathSteps implements DataPathSteps {

    private static final int FALLBACK_SOURCE = 0x0A000001;
    private static final int FALLBACK_DESTINATION = 0x0A000002;


    @Override
    public Observation transmit(OffloadAdapter adapter, AddedBundle bundle, Command.Transmit command) {
        PlainPacket plain = plain(bundle, command.payloadLength(), command.payloadSeed());
        if (bundle.isNone()) {
            TransmitResult result = adapter.transmit(plain.bytes(), 0, 0);
            return new Observation("TRANSMIT " + NdisStatus.describe(result.status()));
        }
        Bundles bundles = Bundles.of(Bundle.plain(bundle.request()));
        Framed framed = new Framer(FrameOptions.DEFAULT).frame(plain.bytes(), bundles);
        TransmitResult result = adapter.transmit(framed.packet(), bundle.handle(), 0);
        if (result.status() != NdisStatus.SUCCESS.code()) {
            return new Observation("TRANSMIT " + NdisStatus.describe(result.status()) + (java.util.Arrays.equals(framed.packet(), result.packet())
                    ? "" : " packet changed"));
        }
        Verdict verdict = new TransmitVerifier().verify(framed.packet(), result.packet(), bundles);
        return new Observation("TRANSMIT SUCCESS " + (verdict.conforms() ? "verified" : verdict.report()));
    }

    @Override
    public Observation receive(OffloadAdapter adapter, AddedBundle bundle, Command.Receive command) {
        PlainPacket plain = plain(bundle, command.payloadLength(), command.payloadSeed());
        byte[] packet = bundle.isNone() ? plain.bytes()
                : new Scenario(plain, Bundles.of(Bundle.plain(bundle.request())), FrameOptions.DEFAULT, command.payloadSeed()).protectedPacket();
        if (command.flipBit() >= 0) {
            int bit = command.flipBit() % (packet.length * 8);
            packet[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        }
        ReceiveResult result = adapter.receive(packet);
        ReceiveInfo info = result.info();
        return new Observation("RECEIVE CryptoDone " + (info.cryptoDone() ? 1 : 0) + " NextCryptoDone " + (info.nextCryptoDone() ? 1 : 0) + " CryptoStatus "
                + info.cryptoStatus() + " bytes " + digest(result.packet()));
    }

    /** Returns a datagram the bundle's filter matches, with a payload made from the seed. */
    private PlainPacket plain(AddedBundle bundle, int payloadLength, int seed) {
        Filter f = bundle.isNone() ? Filter.ANY : bundle.request().filter();
        int source = f.sourceAddress() != 0 ? f.sourceAddress() : FALLBACK_SOURCE;
        int destination = f.destinationAddress() != 0 ? f.destinationAddress() : FALLBACK_DESTINATION;
        int protocol = f.protocol() != 0 ? f.protocol() : Filter.UDP;
        byte[] data = new byte[payloadLength];
        new Random(seed).nextBytes(data);
        Payload payload = FlowKey.hasPorts(protocol)
                ? protocol == Filter.TCP ? new Payload.Tcp(port(f.sourcePort()), port(f.destinationPort()), Octets.of(data))
                        : new Payload.Udp(port(f.sourcePort()), port(f.destinationPort()), Octets.of(data))
                : new Payload.Raw(protocol, Octets.of(data));
        return PlainPacket.of(Ipv4Header.of(protocol, source, destination), payload);
    }

    private static int port(int filterPort) {
        return filterPort != 0 ? filterPort : 4242;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
