package io.sakit.testkit.vectors;

import io.sakit.spec.vector.MacAlgorithm;
import io.sakit.spec.vector.VectorType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates hmac_kat.json: RFC 2202 cases 1 to 7 for HMAC-MD5-96 and HMAC-SHA1-96, each checked against the JDK. */
final class MacKatFile {

    /** The file name. */
    static final String NAME = "hmac_kat.json";

    private static final String DATA_6 = "Test Using Larger Than Block-Size Key - Hash Key First";
    private static final String DATA_7 = "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data";
    private static final List<String> MD5 = List.of("9294727a3638bb1c13f48ef8158bfc9d", "750c783e6ab0b503eaa86e310a5db738",
            "56be34521d144c88dbb8c733f0e8b3f6", "697eaf0aca3a3aea3a75164746ffaa79", "56461ef2342edc00f9bab995690efd4c",
            "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd", "6f630fad67cda0ee1fb1f562db3aa53e");
    private static final List<String> SHA1 = List.of("b617318655057264e28bc0b6fb378c8ef146be00", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
            "125d7342b9ac11cd91a39af48aa17b4f63f175d3", "4c9007f4026250c6bc8414f9bf50c86c2d7235da", "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04",
            "aa4ae5e15272d00e95705637ce8a3b55ed402112", "e8e99d0f45237d786d6bbaa7965c7808bbff1a91");

    private MacKatFile() {
    }

    /** Returns the document tree. */
    static Map<String, Object> document() {
        List<VectorDocument.Group> groups = List.of(group(MacAlgorithm.HMAC_MD5_96, MD5), group(MacAlgorithm.HMAC_SHA1_96, SHA1));
        return VectorDocument.build(VectorType.MAC_KAT, List.of(
                "HMAC-MD5-96 (RFC 2403) and HMAC-SHA1-96 (RFC 2404) known answers: the RFC 2202 test cases 1 to 7.",
                "'tag' is the first 12 bytes (TRUNCATED_HASH_LEN) of 'fullDigest'; msg is hex of the RFC's data."), groups);
    }

    private static VectorDocument.Group group(MacAlgorithm algorithm, List<String> digests) {
        List<VectorDocument.Test> tests = new ArrayList<>();
        for (int number = 1; number <= digests.size(); number++) {
            byte[] key = key(number, algorithm.digestLength());
            byte[] msg = msg(number);
            byte[] digest = HexFormat.of().parseHex(digests.get(number - 1));
            KatCase.require(Jdk.hmac(algorithm.jcaName(), key, msg), digest, algorithm.token() + " RFC 2202 case " + number);
            Map<String, byte[]> fields = new LinkedHashMap<>();
            fields.put("key", key);
            fields.put("msg", msg);
            fields.put("tag", Arrays.copyOf(digest, MacAlgorithm.TAG_LENGTH));
            fields.put("fullDigest", digest);
            tests.add(new KatCase("RFC 2202 case " + number + ", " + key.length + "-byte key", List.of(KatFlag.RFC2202, keyFlag(key.length,
                    algorithm.digestLength())), fields).toDocument());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", algorithm.token());
        return new VectorDocument.Group(parameters, tests);
    }

    private static KatFlag keyFlag(int length, int ipsecLength) {
        if (length == ipsecLength) {
            return KatFlag.IPSEC_KEY_LENGTH;
        }
        return length > 64 ? KatFlag.KEY_LONGER_THAN_BLOCK : KatFlag.OTHER_KEY_LENGTH;
    }

    private static byte[] key(int number, int length) {
        return switch (number) {
            case 1 -> filled(0x0b, length);
            case 2 -> ascii("Jefe");
            case 3 -> filled(0xaa, length);
            case 4 -> counting(25);
            case 5 -> filled(0x0c, length);
            default -> filled(0xaa, 80);
        };
    }

    private static byte[] msg(int number) {
        return switch (number) {
            case 1 -> ascii("Hi There");
            case 2 -> ascii("what do ya want for nothing?");
            case 3 -> filled(0xdd, 50);
            case 4 -> filled(0xcd, 50);
            case 5 -> ascii("Test With Truncation");
            case 6 -> ascii(DATA_6);
            default -> ascii(DATA_7);
        };
    }

    private static byte[] filled(int value, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i + 1);
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
