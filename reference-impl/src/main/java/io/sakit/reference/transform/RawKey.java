package io.sakit.reference.transform;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A secret key handed to a JCE {@code Mac} once and wiped right after: unlike {@code SecretKeySpec}, its
 * {@link #destroy()} overwrites the bytes. Its {@code toString()} never shows them.
 */
final class RawKey implements SecretKey {

    private static final long serialVersionUID = 1L;

    private final transient byte[] bytes;
    private final String algorithm;
    private transient boolean destroyed;

    RawKey(byte[] bytes, String algorithm) {
        this.bytes = bytes.clone();
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** Returns a copy of the key bytes; the JCE provider wipes its copy after deriving its pads. */
    @Override
    public byte[] getEncoded() {
        if (destroyed) {
            throw new IllegalStateException("key was destroyed");
        }
        return bytes.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "RawKey[" + algorithm + ", " + bytes.length + " bytes, redacted]";
    }
}
