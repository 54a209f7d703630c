package io.sakit.reference.transform;

import io.sakit.spec.model.ConfAlgorithm;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * DES-CBC (RFC 2405) or 3DES-EDE-CBC (RFC 2451) in one direction under one SA's key, with the explicit IV
 * each packet carries (SPEC.md 9.2). BouncyCastle's lightweight engine is keyed once; a packet only
 * re-initialises the IV, through a {@code ParametersWithIV} without a key whose IV array is reused, so no
 * packet allocates or re-keys. Parity bits are ignored by the DES key schedule itself. Not thread-safe: used
 * under the bundle's monitor.
 */
final class CbcCipher implements Destroyable {

    /** The DES block size. */
    static final int BLOCK = 8;

    private final CBCModeCipher cbc;
    private final boolean encrypting;
    private final int keyLength;
    private final ParametersWithIV ivOnly = new ParametersWithIV(null, new byte[BLOCK]);
    private final boolean ivShared;
    private boolean destroyed;

    CbcCipher(ConfAlgorithm algorithm, byte[] key, boolean encrypting) {
        BlockCipher engine = algorithm == ConfAlgorithm.DES ? new DESEngine() : new DESedeEngine();
        this.cbc = CBCBlockCipher.newInstance(engine);
        this.encrypting = encrypting;
        this.keyLength = key.length;
        this.ivShared = ivOnly.getIV() == ivOnly.getIV();
        KeyParameter keyParameter = new KeyParameter(key);
        try {
            cbc.init(encrypting, new ParametersWithIV(keyParameter, new byte[BLOCK]));
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0);
        }
    }

    /** Encrypts or decrypts, in place, the {@code length} bytes (a multiple of 8) from {@code from}, chained from the IV at {@code ivOffset}. */
    void process(byte[] b, int ivOffset, int from, int length) {
        cbc.init(encrypting, ivParameters(b, ivOffset));
        for (int i = from, end = from + length; i < end; i += BLOCK) {
            cbc.processBlock(b, i, b, i);
        }
    }

    /**
     * Decrypts only the last block of the region [from, from + length) into {@code out}, leaving {@code b}
     * unchanged: in CBC mode it depends only on the block before it, or on the IV for a one-block region.
     */
    void decryptLastBlock(byte[] b, int ivOffset, int from, int length, byte[] out) {
        int last = from + length - BLOCK;
        cbc.init(encrypting, ivParameters(b, last == from ? ivOffset : last - BLOCK));
        cbc.processBlock(b, last, out, 0);
    }

    private CipherParameters ivParameters(byte[] b, int offset) {
        if (!ivShared) {
            return new ParametersWithIV(null, b, offset, BLOCK);
        }
        System.arraycopy(b, offset, ivOnly.getIV(), 0, BLOCK);
        return ivOnly;
    }

    /**
     * Re-keys the engine with an all-zero key so it no longer holds the SA's key schedule, and clears the IV.
     * BouncyCastle replaces its working-key array rather than overwriting it, so the old schedule is released
     * to the garbage collector unwiped: the most a caller outside the engine can do.
     */
    @Override
    public void destroy() {
        cbc.init(encrypting, new ParametersWithIV(new KeyParameter(new byte[keyLength]), new byte[BLOCK]));
        Arrays.fill(ivOnly.getIV(), (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "CbcCipher[" + cbc.getAlgorithmName() + (encrypting ? ", encrypt]" : ", decrypt]");
    }
}
