package io.sakit.testkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.vector.CipherAlgorithm;
import io.sakit.spec.vector.CipherKatGroup;
import io.sakit.spec.vector.CipherKatTest;
import io.sakit.spec.vector.MacAlgorithm;
import io.sakit.spec.vector.MacKatGroup;
import io.sakit.spec.vector.MacKatTest;
import io.sakit.spec.vector.VectorLoader;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The packaged known answers agree with the JDK's HmacMD5, HmacSHA1, DES/CBC/NoPadding and DESede providers, both ways. */
class KnownAnswerTest {

    @Test
    void everyMacKnownAnswerAgreesWithTheJdk() throws GeneralSecurityException {
        for (MacKatGroup group : VectorLoader.macKats().groups()) {
            for (MacKatTest test : group.tests()) {
                Mac mac = Mac.getInstance(group.algorithm().jcaName());
                mac.init(new SecretKeySpec(test.key(), group.algorithm().jcaName()));
                byte[] digest = mac.doFinal(test.msg());
                assertThat(digest).as("%s test %d", group.algorithm().token(), test.tcId()).isEqualTo(test.fullDigest());
                assertThat(Arrays.copyOf(digest, MacAlgorithm.TAG_LENGTH)).isEqualTo(test.tag());
            }
        }
    }

    @Test
    void macFileHoldsTheSevenRfc2202CasesForBothAlgorithms() {
        assertThat(VectorLoader.macKats().groups()).allSatisfy(group -> assertThat(group.tests()).hasSize(7));
    }

    @Test
    void everyCipherKnownAnswerEncryptsAndDecryptsWithTheJdk() throws GeneralSecurityException {
        for (CipherKatGroup group : VectorLoader.cipherKats().groups()) {
            for (CipherKatTest test : group.tests()) {
                assertThat(run(group.algorithm(), Cipher.ENCRYPT_MODE, test, test.msg())).as("%s test %d", group.algorithm().token(), test.tcId())
                        .isEqualTo(test.ct());
                assertThat(run(group.algorithm(), Cipher.DECRYPT_MODE, test, test.ct())).isEqualTo(test.msg());
            }
        }
    }

    @Test
    void cipherFileCoversEveryModeWithTheIvExactlyWhereCbcNeedsIt() {
        assertThat(VectorLoader.cipherKats().groups()).extracting(CipherKatGroup::algorithm).containsExactly(CipherAlgorithm.values());
        assertThat(VectorLoader.cipherKats().groups()).allSatisfy(group -> assertThat(group.tests())
                .allSatisfy(test -> assertThat(test.iv().length > 0).isEqualTo(group.algorithm().hasIv())));
    }

    private static byte[] run(CipherAlgorithm algorithm, int mode, CipherKatTest test, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(algorithm.transformation());
        SecretKeySpec key = new SecretKeySpec(test.key(), algorithm.keyAlgorithm());
        if (algorithm.hasIv()) {
            cipher.init(mode, key, new IvParameterSpec(test.iv()));
        } else {
            cipher.init(mode, key);
        }
        return cipher.doFinal(input);
    }
}
