package io.sakit.reference.transform;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.spec.model.IntegrityAlgorithm;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.security.auth.Destroyable;

/**
 * HMAC-MD5-96 or HMAC-SHA-1-96 under one SA's key (SPEC.md 9.2): the full HMAC computed by the JDK's SunJCE
 * {@code Mac}, keyed once, and its first 12 bytes used as the ICV. Not thread-safe: used under the bundle's
 * monitor.
 */
final class Hmac96 implements Destroyable {

    private static final String PROVIDER = "SunJCE";

    private final Mac mac;
    private final byte[] digest;
    private final int keyLength;
    private boolean destroyed;

    Hmac96(IntegrityAlgorithm algorithm, byte[] key) {
        String name = algorithm == IntegrityAlgorithm.MD5 ? "HmacMD5" : "HmacSHA1";
        try {
            mac = Mac.getInstance(name, PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " of " + PROVIDER + " is part of every JDK", e);
        }
        keyLength = key.length;
        init(key, name);
        digest = new byte[mac.getMacLength()];
    }

    private void init(byte[] key, String name) {
        RawKey secret = new RawKey(key, name);
        try {
            mac.init(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " refused a raw key", e);
        } finally {
            secret.destroy();
        }
    }

    /** Feeds {@code length} bytes of {@code b} from {@code offset} to the HMAC. */
    void update(byte[] b, int offset, int length) {
        mac.update(b, offset, length);
    }

    /** Finishes the HMAC and writes its first 12 bytes into {@code b} at {@code offset}. */
    void finishInto(byte[] b, int offset) {
        finish();
        System.arraycopy(digest, 0, b, offset, IpsecHeaders.ICV_LENGTH);
    }

    /** Finishes the HMAC and compares its first 12 bytes with {@code b} at {@code offset}, in constant time. */
    boolean finishAndCompare(byte[] b, int offset) {
        finish();
        int difference = 0;
        for (int i = 0; i < IpsecHeaders.ICV_LENGTH; i++) {
            difference |= digest[i] ^ b[offset + i];
        }
        return difference == 0;
    }

    private void finish() {
        try {
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("the digest buffer holds a full HMAC", e);
        }
    }

    /** Re-keys the {@code Mac} with zeros, overwriting the pads derived from the key, and clears the last digest. */
    @Override
    public void destroy() {
        init(new byte[keyLength], mac.getAlgorithm());
        Arrays.fill(digest, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "Hmac96[" + mac.getAlgorithm() + "]";
    }
}
