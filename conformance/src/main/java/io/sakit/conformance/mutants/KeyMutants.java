package io.sakit.conformance.mutants;

import io.sakit.spec.codec.AddSaImage;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.ImageCodec;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.SetResult;
import java.util.Arrays;
import java.util.List;

/** Mutants that get key material wrong: its length, its layout, parity, degenerate 3DES. */
final class KeyMutants {

    private static final Abi ABI = Abi.X64;
    private static final int KEY_MAT = AddSaLayout.ADD_SA.keyMaterial(ABI);
    private static final int DES = 1;
    private static final int TRIPLE_DES = 3;

    private KeyMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("key-order-swapped", "KeyMat is read integrity key first although the profile declares conf-first", List.of("ADD-KEY-003"),
                        () -> new RequestMutants.Rewriting(KeyMutants::swapKeyOrder)),
                new Mutant("parity-checked", "DES keys with wrong parity bits are refused", List.of("ADD-KEY-006"), ParityChecked::new),
                new Mutant("degenerate-3des-accepted", "a 3DES key with K1 = K2 is accepted", List.of("ADD-KEY-004"),
                        () -> new RequestMutants.Rewriting(KeyMutants::repairDegenerate3des)),
                new Mutant("keylen-sum-unchecked", "extra bytes after the keys are accepted when KeyLen exceeds their sum", List.of("ADD-KEY-002"),
                        KeyLenSumUnchecked::new));
    }

    private static boolean readable(int oid, byte[] buffer) {
        if (!RequestMutants.isAdd(oid, buffer, KEY_MAT)) {
            return false;
        }
        long keyLen = Integer.toUnsignedLong(Bytes.u32le(buffer, AddSaLayout.ADD_SA.keyLength(ABI)));
        short numSas = (short) Bytes.u16le(buffer, AddSaLayout.NUM_SAS);
        return keyLen <= 64 && buffer.length >= KEY_MAT + keyLen && (numSas == 1 || numSas == 2);
    }

    private static void swapKeyOrder(int oid, byte[] buffer) {
        if (!readable(oid, buffer)) {
            return;
        }
        AddSaImage image = ImageCodec.read(buffer, ABI);
        int offset = KEY_MAT;
        for (int i = 0; i < image.numSas(); i++) {
            SaImage sa = image.securityAssociation(i);
            int conf = Math.max(0, sa.conf().keyLength());
            int integrity = Math.max(0, sa.integrity().keyLength());
            if (offset + conf + integrity > buffer.length || conf > 64 || integrity > 64) {
                return;
            }
            if (sa.operation() == 2 && conf > 0 && integrity > 0) {
                byte[] swapped = new byte[conf + integrity];
                System.arraycopy(buffer, offset + conf, swapped, 0, integrity);
                System.arraycopy(buffer, offset, swapped, integrity, conf);
                System.arraycopy(swapped, 0, buffer, offset, swapped.length);
            }
            offset += conf + integrity;
        }
    }

    private static void repairDegenerate3des(int oid, byte[] buffer) {
        if (!readable(oid, buffer)) {
            return;
        }
        AddSaImage image = ImageCodec.read(buffer, ABI);
        SaImage first = image.securityAssociation(0);
        if (first.operation() == 2 && first.conf().identifier() == TRIPLE_DES && buffer.length >= KEY_MAT + 24) {
            int k1 = KEY_MAT;
            int k2 = KEY_MAT + 8;
            if (sameIgnoringParity(buffer, k1, k2)) {
                buffer[k2] ^= 0x02;
            }
        }
    }

    private static boolean sameIgnoringParity(byte[] buffer, int a, int b) {
        for (int i = 0; i < 8; i++) {
            if ((buffer[a + i] & 0xFE) != (buffer[b + i] & 0xFE)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses DES and 3DES keys unless every byte has odd parity. */
    static final class ParityChecked extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            if (readable(oid, buffer)) {
                AddSaImage image = ImageCodec.read(buffer, ABI);
                SaImage first = image.securityAssociation(0);
                int conf = first.conf().identifier();
                if (first.operation() == 2 && (conf == DES || conf == TRIPLE_DES)) {
                    int length = conf == DES ? 8 : 24;
                    for (int i = 0; i < length && KEY_MAT + i < buffer.length; i++) {
                        if (Integer.bitCount(buffer[KEY_MAT + i] & 0xFF) % 2 == 0) {
                            return RequestMutants.refused(buffer);
                        }
                    }
                }
            }
            return reference.setInformation(oid, buffer);
        }
    }

    /** Accepts a KeyLen larger than the keys' sum by ignoring the surplus. */
    static final class KeyLenSumUnchecked extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            if (readable(oid, buffer)) {
                AddSaImage image = ImageCodec.read(buffer, ABI);
                int sum = 0;
                for (int i = 0; i < image.numSas(); i++) {
                    SaImage sa = image.securityAssociation(i);
                    sum += sa.conf().keyLength() + sa.integrity().keyLength();
                }
                if (Integer.compareUnsigned(image.keyLength(), sum) > 0 && sum >= 0 && sum <= 64) {
                    byte[] trimmed = Arrays.copyOf(buffer, KEY_MAT + sum);
                    Bytes.put32le(trimmed, AddSaLayout.ADD_SA.keyLength(ABI), sum);
                    SetResult result = reference.setInformation(oid, trimmed);
                    System.arraycopy(result.buffer(), AddSaLayout.OFFLOAD_HANDLE, buffer, AddSaLayout.OFFLOAD_HANDLE, ABI.handleSize());
                    return new SetResult(result.status(), result.bytesRead() == 0 ? 0 : KEY_MAT + image.keyLength(), result.bytesNeeded(), buffer);
                }
            }
            return reference.setInformation(oid, buffer);
        }
    }
}
