package io.sakit.spec.model;

/**
 * DES key rules: parity bits are ignored (decision A12), so keys are compared with the low bit of every
 * byte masked; the 16 weak and semi-weak keys of FIPS 74 / NIST SP 800-67 may be refused.
 */
public final class DesKeys {

    /** The length of one DES key in bytes. */
    public static final int KEY_LENGTH = 8;

    private static final long PARITY_MASK = 0xFEFEFEFEFEFEFEFEL;

    private static final long[] WEAK_AND_SEMI_WEAK = {
        0x0101010101010101L, 0xFEFEFEFEFEFEFEFEL, 0xE0E0E0E0F1F1F1F1L, 0x1F1F1F1F0E0E0E0EL,
        0x01FE01FE01FE01FEL, 0xFE01FE01FE01FE01L, 0x1FE01FE00EF10EF1L, 0xE01FE01FF10EF10EL,
        0x01E001E001F101F1L, 0xE001E001F101F101L, 0x1FFE1FFE0EFE0EFEL, 0xFE1FFE1FFE0EFE0EL,
        0x011F011F010E010EL, 0x1F011F010E010E01L, 0xE0FEE0FEF1FEF1FEL, 0xFEE0FEE0FEF1FEF1L,
    };

    private DesKeys() {
    }

    /** Returns the 8 bytes of the DES key at {@code offset} of {@code key} with the parity bits cleared. */
    public static long withoutParity(KeyMaterial key, int offset) {
        long value = 0;
        for (int i = 0; i < KEY_LENGTH; i++) {
            value = (value << 8) | key.byteAt(offset + i);
        }
        return value & PARITY_MASK;
    }

    /** Returns whether the DES key at {@code offset} of {@code key} is weak or semi-weak, parity ignored. */
    public static boolean isWeak(KeyMaterial key, int offset) {
        long value = withoutParity(key, offset);
        for (long weak : WEAK_AND_SEMI_WEAK) {
            if ((weak & PARITY_MASK) == value) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a 24-byte 3DES key has K1 = K2 or K2 = K3 once parity bits are ignored: such a key is single DES. */
    public static boolean collapsesToSingleDes(KeyMaterial key) {
        long k1 = withoutParity(key, 0);
        long k2 = withoutParity(key, KEY_LENGTH);
        long k3 = withoutParity(key, 2 * KEY_LENGTH);
        return k1 == k2 || k2 == k3;
    }
}
