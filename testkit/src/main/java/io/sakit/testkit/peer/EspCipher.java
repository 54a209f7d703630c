package io.sakit.testkit.peer;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.testkit.framing.Span;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ESP confidentiality transforms of SPEC.md 9.2 on SunJCE, applied in place to the encrypted region R: DES-CBC
 * and 3DES-EDE-CBC with the explicit IV, NULL as the identity.
 */
public final class EspCipher {

    private EspCipher() {
    }

    /** Encrypts the bytes of {@code region} in {@code packet} in place under {@code key} and {@code iv}. */
    public static void encrypt(ConfAlgorithm algorithm, KeyMaterial key, byte[] iv, byte[] packet, Span region) {
        transform(Cipher.ENCRYPT_MODE, algorithm, key, iv, packet, region);
    }

    /** Decrypts the bytes of {@code region} in {@code packet} in place under {@code key} and {@code iv}. */
    public static void decrypt(ConfAlgorithm algorithm, KeyMaterial key, byte[] iv, byte[] packet, Span region) {
        transform(Cipher.DECRYPT_MODE, algorithm, key, iv, packet, region);
    }

    private static void transform(int mode, ConfAlgorithm algorithm, KeyMaterial key, byte[] iv, byte[] packet, Span region) {
        if (algorithm == ConfAlgorithm.NONE) {
            return;
        }
        byte[] raw = key.copy();
        try {
            Cipher cipher = Cipher.getInstance(transformation(algorithm), "SunJCE");
            cipher.init(mode, new SecretKeySpec(raw, keyAlgorithm(algorithm)), new IvParameterSpec(iv));
            byte[] result = cipher.doFinal(packet, region.offset(), region.length());
            System.arraycopy(result, 0, packet, region.offset(), result.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation(algorithm) + " failed on SunJCE", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static String transformation(ConfAlgorithm algorithm) {
        return keyAlgorithm(algorithm) + "/CBC/NoPadding";
    }

    private static String keyAlgorithm(ConfAlgorithm algorithm) {
        return algorithm == ConfAlgorithm.DES ? "DES" : "DESede";
    }
}
