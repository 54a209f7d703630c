package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.vector.CipherAlgorithm;
import io.sakit.spec.vector.VectorType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates cipher_kat.json: the FIPS 81 DES examples, the SP 800-67 TDEA example, and 3DES-CBC (and DES-CBC)
 * cases computed with the JDK's CBC mode and checked against the JDK's ECB mode chained by hand.
 */
final class CipherKatFile {

    /** The file name. */
    static final String NAME = "cipher_kat.json";

    private static final long SEED = 0xC1F4E7L;
    private static final byte[] FIPS81_KEY = hex("0123456789abcdef");
    private static final byte[] FIPS81_IV = hex("1234567890abcdef");
    private static final byte[] FIPS81_TEXT = "Now is the time for all ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TDEA_KEY = hex("0123456789abcdef23456789abcdef01456789abcdef0123");
    private static final byte[] TDEA_TEXT = "The qufck brown fox jump".getBytes(StandardCharsets.US_ASCII);

    private CipherKatFile() {
    }

    /** Returns the document tree. */
    static Map<String, Object> document() {
        KeySource random = new KeySource(SEED);
        List<VectorDocument.Group> groups = List.of(
                group(CipherAlgorithm.DES_CBC, desCbc(random)),
                group(CipherAlgorithm.DES_ECB, List.of(published(CipherAlgorithm.DES_ECB, "FIPS 81 DES-ECB example", KatFlag.FIPS81, FIPS81_KEY,
                        new byte[0], FIPS81_TEXT, "3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53"))),
                group(CipherAlgorithm.TRIPLE_DES_ECB, List.of(published(CipherAlgorithm.TRIPLE_DES_ECB, "SP 800-67 TDEA-ECB example", KatFlag.SP800_67,
                        TDEA_KEY, new byte[0], TDEA_TEXT, "a826fd8ce53b855fcce21c8112256fe668d5c05dd9b6b900"))),
                group(CipherAlgorithm.TRIPLE_DES_CBC, tripleDesCbc(random)));
        return VectorDocument.build(VectorType.CIPHER_KAT, List.of(
                "DES and 3DES (EDE, K1 || K2 || K3) known answers without padding: the FIPS 81 and NIST SP 800-67 examples, and CBC cases",
                "computed with the JDK and checked by chaining the JDK's ECB mode by hand. 'iv' is present exactly for CBC."), groups);
    }

    private static List<KatCase> desCbc(KeySource random) {
        List<KatCase> cases = new ArrayList<>();
        cases.add(published(CipherAlgorithm.DES_CBC, "FIPS 81 DES-CBC example", KatFlag.FIPS81, FIPS81_KEY, FIPS81_IV, FIPS81_TEXT,
                "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"));
        cases.add(published(CipherAlgorithm.DES_CBC, "FIPS 81 DES-CBC example with every key parity bit flipped", KatFlag.PARITY_BITS_IGNORED,
                flipParity(FIPS81_KEY), FIPS81_IV, FIPS81_TEXT, "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"));
        for (int blocks : new int[] {1, 4}) {
            cases.add(computed(CipherAlgorithm.DES_CBC, "DES-CBC, " + blocks + " block(s), random key and IV", List.of(KatFlag.COMPUTED),
                    random.conf(ConfAlgorithm.DES).copy(), random.bytes(8), random.bytes(8 * blocks)));
        }
        return cases;
    }

    private static List<KatCase> tripleDesCbc(KeySource random) {
        List<KatCase> cases = new ArrayList<>();
        cases.add(computed(CipherAlgorithm.TRIPLE_DES_CBC, "SP 800-67 key and text, FIPS 81 IV", List.of(KatFlag.COMPUTED), TDEA_KEY, FIPS81_IV,
                TDEA_TEXT));
        cases.add(computed(CipherAlgorithm.TRIPLE_DES_CBC, "SP 800-67 key with every parity bit flipped, text and FIPS 81 IV",
                List.of(KatFlag.COMPUTED, KatFlag.PARITY_BITS_IGNORED), flipParity(TDEA_KEY), FIPS81_IV, TDEA_TEXT));
        for (int blocks : new int[] {1, 2, 4, 8}) {
            cases.add(computed(CipherAlgorithm.TRIPLE_DES_CBC, "3DES-CBC, " + blocks + " block(s), random key and IV", List.of(KatFlag.COMPUTED),
                    random.conf(ConfAlgorithm.TRIPLE_DES).copy(), random.bytes(8), random.bytes(8 * blocks)));
        }
        byte[] twoKey = random.conf(ConfAlgorithm.TRIPLE_DES).copy();
        System.arraycopy(twoKey, 0, twoKey, 16, 8);
        cases.add(computed(CipherAlgorithm.TRIPLE_DES_CBC, "3DES-CBC with K3 = K1, 3 blocks", List.of(KatFlag.COMPUTED, KatFlag.TWO_KEY_TRIPLE_DES),
                twoKey, random.bytes(8), random.bytes(24)));
        return cases;
    }

    private static KatCase published(CipherAlgorithm algorithm, String comment, KatFlag flag, byte[] key, byte[] iv, byte[] msg, String ct) {
        byte[] expected = hex(ct);
        KatCase.require(Jdk.encrypt(algorithm.transformation(), key, iv, msg), expected, comment);
        return kat(comment, List.of(flag), key, iv, msg, expected);
    }

    private static KatCase computed(CipherAlgorithm algorithm, String comment, List<KatFlag> flags, byte[] key, byte[] iv, byte[] msg) {
        byte[] ct = Jdk.encrypt(algorithm.transformation(), key, iv, msg);
        String ecb = algorithm.keyAlgorithm() + "/ECB/NoPadding";
        KatCase.require(Jdk.cbcByEcb(ecb, key, iv, msg), ct, comment + " (CBC chained by hand from ECB)");
        return kat(comment, flags, key, iv, msg, ct);
    }

    private static KatCase kat(String comment, List<KatFlag> flags, byte[] key, byte[] iv, byte[] msg, byte[] ct) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("key", key);
        if (iv.length > 0) {
            fields.put("iv", iv);
        }
        fields.put("msg", msg);
        fields.put("ct", ct);
        return new KatCase(comment, flags, fields);
    }

    private static VectorDocument.Group group(CipherAlgorithm algorithm, List<KatCase> cases) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", algorithm.token());
        return new VectorDocument.Group(parameters, cases.stream().map(KatCase::toDocument).toList());
    }

    private static byte[] flipParity(byte[] key) {
        byte[] flipped = key.clone();
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] ^= 1;
        }
        return flipped;
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }
}
