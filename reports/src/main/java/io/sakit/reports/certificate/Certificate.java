package io.sakit.reports.certificate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.reports.json.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed certificate and its file form. The file, {@code certificate.json}, is the body's members in
 * declaration order followed by {@code "signature"} (128 lower-case hexadecimal digits: the 64-byte Ed25519
 * signature), indented with two spaces, {@code \n} line ends and a final newline. The signature is over
 * {@link CanonicalJson#bytes the canonical serialisation} of the file's JSON object without its
 * {@code "signature"} member. A file is only accepted when its bytes are exactly what its content renders
 * to, so no byte of it can change unnoticed, whitespace included.
 */
public record Certificate(CertificateBody body, String signature) {

    /** The file name used in an output directory. */
    public static final String NAME = "certificate.json";

    /** Requires a body and a 64-byte signature in lower-case hexadecimal. */
    public Certificate {
        Objects.requireNonNull(body, "body");
        Hex.require(signature, 64, "signature");
    }

    /** Returns the bytes the signature covers for {@code body}. */
    public static byte[] signedBytes(CertificateBody body) {
        return CanonicalJson.bytes(ReportJson.mapper().valueToTree(body));
    }

    /** Returns the signature's raw bytes. */
    public byte[] signatureBytes() {
        return HexFormat.of().parseHex(signature);
    }

    /** Returns the file's bytes. */
    public byte[] render() {
        ObjectNode tree = ReportJson.mapper().valueToTree(body);
        tree.put("signature", signature);
        try {
            return (ReportJson.pretty().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the certificate as JSON", e);
        }
    }

    /**
     * Parses a certificate file's bytes without checking its signature.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not a certificate in its exact file form
     */
    public static Certificate parse(byte[] file) {
        Certificate certificate = fromTree(tree(file));
        if (!java.util.Arrays.equals(file, certificate.render())) {
            throw new IllegalArgumentException("its bytes differ from the certificate its content gives");
        }
        return certificate;
    }

    private static ObjectNode tree(byte[] file) {
        try (JsonParser parser = ReportJson.mapper().getFactory().createParser(file)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode node = ReportJson.mapper().readTree(parser);
            if (node instanceof ObjectNode object && parser.nextToken() == null) {
                return object;
            }
            throw new IllegalArgumentException("it is not one JSON object");
        } catch (IOException e) {
            throw new IllegalArgumentException("it is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static Certificate fromTree(ObjectNode tree) {
        JsonNode signature = tree.remove("signature");
        if (signature == null || !signature.isTextual()) {
            throw new IllegalArgumentException("it has no signature");
        }
        try {
            return new Certificate(ReportJson.mapper().treeToValue(tree, CertificateBody.class), signature.textValue());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not a sakit certificate: " + e.getOriginalMessage(), e);
        }
    }
}
