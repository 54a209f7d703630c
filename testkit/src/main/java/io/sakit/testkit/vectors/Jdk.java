package io.sakit.testkit.vectors;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's own HMAC and DES/3DES, and CBC built by hand from ECB, for computing and checking known answers. */
final class Jdk {

    private static final int BLOCK = 8;

    private Jdk() {
    }

    /** Returns the full HMAC of {@code msg} under {@code key} with the JCA algorithm {@code algorithm} (HmacMD5, HmacSHA1). */
    static byte[] hmac(String algorithm, byte[] key, byte[] msg) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(msg);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }

    /** Returns the encryption of {@code msg} with the JCA transformation; {@code iv} is empty for ECB. */
    static byte[] encrypt(String transformation, byte[] key, byte[] iv, byte[] msg) {
        String keyAlgorithm = transformation.substring(0, transformation.indexOf('/'));
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            SecretKeySpec spec = new SecretKeySpec(key, keyAlgorithm);
            if (iv.length == 0) {
                cipher.init(Cipher.ENCRYPT_MODE, spec);
            } else {
                cipher.init(Cipher.ENCRYPT_MODE, spec, new IvParameterSpec(iv));
            }
            return cipher.doFinal(msg);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " failed", e);
        }
    }

    /** Returns CBC encryption computed block by block with the ECB transformation {@code ecb}: C_i = E(P_i XOR C_i-1), C_0 = IV. */
    static byte[] cbcByEcb(String ecb, byte[] key, byte[] iv, byte[] msg) {
        byte[] out = new byte[msg.length];
        byte[] previous = iv.clone();
        for (int offset = 0; offset < msg.length; offset += BLOCK) {
            byte[] block = Arrays.copyOfRange(msg, offset, offset + BLOCK);
            for (int i = 0; i < BLOCK; i++) {
                block[i] ^= previous[i];
            }
            previous = encrypt(ecb, key, new byte[0], block);
            System.arraycopy(previous, 0, out, offset, BLOCK);
        }
        return out;
    }
}
