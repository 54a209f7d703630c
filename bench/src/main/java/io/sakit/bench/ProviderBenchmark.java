package io.sakit.bench;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.HMac;
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
 * Each algorithm with the JDK's SunJCE and with BouncyCastle's lightweight engines, keyed once, per packet-sized
 * message: the reference uses the faster of the two per algorithm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ProviderBenchmark {

    @Param({"HMAC-SHA1", "HMAC-MD5", "DES-CBC", "3DES-CBC"})
    String algorithm;

    @Param({"64", "1504"})
    int length;

    private byte[] data;
    private final byte[] out = new byte[2048];
    private final byte[] iv = new byte[8];
    private Mac sunMac;
    private HMac bcMac;
    private Cipher sunCipher;
    private CBCBlockCipher bcCipher;
    private ParametersWithIV bcIv;
    private SecretKeySpec sunKey;

    @Setup(Level.Trial)
    public void key() throws GeneralSecurityException {
        data = new byte[length / 8 * 8];
        byte[] key = new byte[algorithm.startsWith("3DES") ? 24 : algorithm.startsWith("DES") ? 8 : 20];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 29 + 7 + (i / 8) * 3);
        }
        if (algorithm.startsWith("HMAC")) {
            boolean sha = algorithm.endsWith("SHA1");
            sunMac = Mac.getInstance(sha ? "HmacSHA1" : "HmacMD5", "SunJCE");
            sunMac.init(new SecretKeySpec(key, sunMac.getAlgorithm()));
            bcMac = new HMac(sha ? new SHA1Digest() : new MD5Digest());
            bcMac.init(new KeyParameter(key));
        } else {
            boolean triple = algorithm.startsWith("3DES");
            sunKey = new SecretKeySpec(key, triple ? "DESede" : "DES");
            sunCipher = Cipher.getInstance(triple ? "DESede/CBC/NoPadding" : "DES/CBC/NoPadding", "SunJCE");
            BlockCipher engine = triple ? new DESedeEngine() : new DESEngine();
            bcCipher = (CBCBlockCipher) CBCBlockCipher.newInstance(engine);
            bcCipher.init(true, new ParametersWithIV(new KeyParameter(key), iv));
            bcIv = new ParametersWithIV(null, iv);
        }
    }

    @Benchmark
    public byte[] sunJce() throws GeneralSecurityException {
        if (sunMac != null) {
            sunMac.update(data);
            return sunMac.doFinal();
        }
        sunCipher.init(Cipher.ENCRYPT_MODE, sunKey, new IvParameterSpec(iv));
        sunCipher.doFinal(data, 0, data.length, out, 0);
        return out;
    }

    @Benchmark
    public byte[] bouncyCastle() {
        if (bcMac != null) {
            bcMac.update(data, 0, data.length);
            bcMac.doFinal(out, 0);
            return out;
        }
        bcCipher.init(true, bcIv);
        for (int offset = 0; offset < data.length; offset += 8) {
            bcCipher.processBlock(data, offset, out, offset);
        }
        return out;
    }
}
