package io.sakit.testkit.peer;

import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-MD5-96 and HMAC-SHA-1-96 (RFC 2403, RFC 2404, SPEC.md 9.2) on SunJCE: the full HMAC (RFC 2104), of which
 * the ICV is the first 12 bytes.
 */
public final class Hmac96 {

    /** The length of every ICV (TRUNCATED_HASH_LEN). */
    public static final int LENGTH = IntegrityAlgorithm.ICV_LENGTH;

    private Hmac96() {
    }

    /** Returns the full HMAC of {@code length} bytes of {@code data} from {@code offset} under {@code key}. */
    public static byte[] full(IntegrityAlgorithm algorithm, KeyMaterial key, byte[] data, int offset, int length) {
        String name = jceName(algorithm);
        byte[] raw = key.copy();
        try {
            Mac mac = Mac.getInstance(name, "SunJCE");
            mac.init(new SecretKeySpec(raw, name));
            mac.update(data, offset, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is required of SunJCE", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Returns the 12-byte ICV: the leftmost 96 bits of the HMAC. */
    public static byte[] icv(IntegrityAlgorithm algorithm, KeyMaterial key, byte[] data, int offset, int length) {
        return Arrays.copyOf(full(algorithm, key, data, offset, length), LENGTH);
    }

    /** Returns whether the 12 bytes at {@code icvOffset} of {@code packet} equal {@code expected}. */
    public static boolean matches(byte[] expected, byte[] packet, int icvOffset) {
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, icvOffset, icvOffset + LENGTH));
    }

    private static String jceName(IntegrityAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> "HmacMD5";
            case SHA1 -> "HmacSHA1";
            case NONE -> throw new IllegalArgumentException("integrity NONE computes no ICV");
        };
    }
}
