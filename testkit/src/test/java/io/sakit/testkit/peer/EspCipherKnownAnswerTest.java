package io.sakit.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.testkit.framing.Span;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** DES-CBC and 3DES-EDE-CBC (SPEC.md 9.2) against the FIPS 81 and NIST SP 800-67 examples; NULL is the identity. */
class EspCipherKnownAnswerTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] NOW_IS_THE_TIME = "Now is the time for all ".getBytes(StandardCharsets.US_ASCII);

    @Test
    void desCbcMatchesTheFips81Example() {
        byte[] data = NOW_IS_THE_TIME.clone();
        EspCipher.encrypt(ConfAlgorithm.DES, key("0123456789abcdef"), HEX.parseHex("1234567890abcdef"), data, new Span(0, 24));
        assertThat(HEX.formatHex(data)).isEqualTo("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6");
        EspCipher.decrypt(ConfAlgorithm.DES, key("0123456789abcdef"), HEX.parseHex("1234567890abcdef"), data, new Span(0, 24));
        assertThat(data).isEqualTo(NOW_IS_THE_TIME);
    }

    @Test
    void desIgnoresParityBits() {
        byte[] withParity = NOW_IS_THE_TIME.clone();
        byte[] flipped = NOW_IS_THE_TIME.clone();
        EspCipher.encrypt(ConfAlgorithm.DES, key("0123456789abcdef"), new byte[8], withParity, new Span(0, 24));
        EspCipher.encrypt(ConfAlgorithm.DES, key("0022446688aaccee"), new byte[8], flipped, new Span(0, 24));
        assertThat(flipped).isEqualTo(withParity);
    }

    @Test
    void tripleDesBlocksMatchTheSp80067Example() {
        String[] expected = {"a826fd8ce53b855f", "cce21c8112256fe6", "68d5c05dd9b6b900"};
        byte[] plaintext = "The qufck brown fox jump".getBytes(StandardCharsets.US_ASCII);
        for (int block = 0; block < 3; block++) {
            byte[] data = Arrays.copyOfRange(plaintext, 8 * block, 8 * block + 8);
            EspCipher.encrypt(ConfAlgorithm.TRIPLE_DES, key("0123456789abcdef23456789abcdef01456789abcdef0123"), new byte[8], data, new Span(0, 8));
            assertThat(HEX.formatHex(data)).as("block %d: one CBC block under a zero IV is the TDEA block function", block).isEqualTo(expected[block]);
        }
    }

    @Test
    void tripleDesChainsBlocksInOuterCbcMode() {
        byte[] iv = HEX.parseHex("1234567890abcdef");
        KeyMaterial tripleKey = key("0123456789abcdef23456789abcdef01456789abcdef0123");
        byte[] chained = "The qufck brown fox jump".getBytes(StandardCharsets.US_ASCII);
        EspCipher.encrypt(ConfAlgorithm.TRIPLE_DES, tripleKey, iv, chained, new Span(0, 24));
        byte[] byHand = "The qufck brown fox jump".getBytes(StandardCharsets.US_ASCII);
        byte[] previous = iv;
        for (int block = 0; block < 3; block++) {
            for (int i = 0; i < 8; i++) {
                byHand[8 * block + i] ^= previous[i];
            }
            EspCipher.encrypt(ConfAlgorithm.TRIPLE_DES, tripleKey, new byte[8], byHand, new Span(8 * block, 8));
            previous = Arrays.copyOfRange(byHand, 8 * block, 8 * block + 8);
        }
        assertThat(chained).isEqualTo(byHand);
    }

    @Test
    void tripleDesWithThreeEqualKeysIsSingleDes() {
        byte[] single = NOW_IS_THE_TIME.clone();
        byte[] triple = NOW_IS_THE_TIME.clone();
        byte[] iv = HEX.parseHex("1234567890abcdef");
        EspCipher.encrypt(ConfAlgorithm.DES, key("0123456789abcdef"), iv, single, new Span(0, 24));
        EspCipher.encrypt(ConfAlgorithm.TRIPLE_DES, key("0123456789abcdef0123456789abcdef0123456789abcdef"), iv, triple, new Span(0, 24));
        assertThat(triple).isEqualTo(single);
    }

    @Test
    void nullEncryptionChangesNothing() {
        byte[] data = NOW_IS_THE_TIME.clone();
        EspCipher.encrypt(ConfAlgorithm.NONE, KeyMaterial.empty(), new byte[0], data, new Span(0, 24));
        assertThat(data).isEqualTo(NOW_IS_THE_TIME);
    }

    private static KeyMaterial key(String hex) {
        return KeyMaterial.copyOf(HEX.parseHex(hex));
    }
}
