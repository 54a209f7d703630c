package io.sakit.bench;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.SetResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ESP transmit through the reference adapter against the raw primitives alone over the same bytes: the
 * BouncyCastle CBC engine (re-initialised with a new IV, as per packet) and the SunJCE HMAC (goal: at most
 * 1.15x at 1504-byte packets and 1.5x at 64 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class TransformBenchmark {

    private static final int ESP_HEADER = 8;
    private static final int IV = 8;

    @Param({"64", "1504"})
    int packetLength;

    @Param({"3DES-SHA1", "DES-MD5"})
    String suite;

    private ReferenceAdapter adapter;
    private long handle;
    private byte[] packet;
    private int region;
    private CBCBlockCipher cipher;
    private ParametersWithIV ivOnly;
    private Mac mac;
    private byte[] rawBuffer;
    private final byte[] digest = new byte[20];

    @Setup(Level.Trial)
    public void install() throws GeneralSecurityException {
        ConfAlgorithm conf = suite.startsWith("3DES") ? ConfAlgorithm.TRIPLE_DES : ConfAlgorithm.DES;
        IntegrityAlgorithm integrity = suite.endsWith("SHA1") ? IntegrityAlgorithm.SHA1 : IntegrityAlgorithm.MD5;
        byte[] confKey = key(conf.keyLength(), 3);
        byte[] integrityKey = key(integrity.keyLength(), 5);
        SecurityAssociation sa = new SecurityAssociation(new SaParameters(Operation.ENCRYPT, 0x100, conf, integrity), KeyMaterial.copyOf(confKey),
                KeyMaterial.copyOf(integrityKey));
        AddSaRequest request = new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(sa));
        adapter = new ReferenceAdapter(ReferenceConfig.defaults());
        SetResult added = adapter.setInformation(Oid.ADD_SA.value(), new RequestEncoder(Profile.DEFAULT).addSa(request));
        if (added.status() != NdisStatus.SUCCESS.code()) {
            throw new IllegalStateException("the benchmark SA was refused");
        }
        handle = io.sakit.spec.codec.Bytes.handle(added.buffer(), io.sakit.spec.codec.AddSaLayout.OFFLOAD_HANDLE, Profile.DEFAULT.abi());
        packet = framed(request, packetLength);
        region = packet.length - 20 - ESP_HEADER - IV - integrity.icvLength();
        BlockCipher engine = conf == ConfAlgorithm.DES ? new DESEngine() : new DESedeEngine();
        cipher = (CBCBlockCipher) CBCBlockCipher.newInstance(engine);
        cipher.init(true, new ParametersWithIV(new KeyParameter(confKey), new byte[IV]));
        ivOnly = new ParametersWithIV(null, new byte[IV]);
        mac = Mac.getInstance(integrity == IntegrityAlgorithm.SHA1 ? "HmacSHA1" : "HmacMD5", "SunJCE");
        mac.init(new SecretKeySpec(integrityKey, mac.getAlgorithm()));
        rawBuffer = packet.clone();
    }

    private static byte[] key(int length, int seed) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (seed + 37 * i + (i / 8) * 11);
        }
        return key;
    }

    private static byte[] framed(AddSaRequest request, int length) {
        int payload = Math.max(0, length - 20 - 8 - ESP_HEADER - IV - 12 - 2 - 8);
        PlainPacket plain = PlainPacket.of(Ipv4Header.of(Filter.UDP, 0x0A000001, 0x0A000002), new Payload.Udp(1000, 2000, Octets.zeros(payload)));
        return new Framer(FrameOptions.DEFAULT).frame(plain.bytes(), Bundles.of(Bundle.plain(request))).packet();
    }

    @Benchmark
    public byte[] referenceTransmit() {
        return adapter.transmit(packet, handle, 0).packet();
    }

    @Benchmark
    public byte[] rawPrimitives() throws GeneralSecurityException {
        int start = 20 + ESP_HEADER + IV;
        cipher.init(true, ivOnly);
        for (int offset = start; offset < start + region; offset += IV) {
            cipher.processBlock(rawBuffer, offset, rawBuffer, offset);
        }
        mac.update(rawBuffer, 20, ESP_HEADER + IV + region);
        mac.doFinal(digest, 0);
        System.arraycopy(digest, 0, rawBuffer, start + region, 12);
        return rawBuffer;
    }
}
