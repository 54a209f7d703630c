package io.sakit.spec.vector;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of vector file, each with its {@code vectorType} value and its JSON Schema file. */
public enum VectorType {
    /** Set requests and their expected completion: add_sa.json, delete_sa.json, udpesp_sa.json. */
    OID_REQUEST("oid_request", "oid_request_vectors.schema.json"),
    /** Filters, header tuples and whether they match: filter_match.json. */
    FILTER_MATCH("filter_match", "filter_match_vectors.schema.json"),
    /** HMAC-MD5-96 and HMAC-SHA-1-96 known answers: hmac_kat.json. */
    MAC_KAT("mac_kat", "mac_kat_vectors.schema.json"),
    /** DES and 3DES known answers in ECB and CBC: cipher_kat.json. */
    CIPHER_KAT("cipher_kat", "cipher_kat_vectors.schema.json");

    private final String token;
    private final String schemaFile;

    VectorType(String token, String schemaFile) {
        this.token = token;
        this.schemaFile = schemaFile;
    }

    /** Returns the {@code vectorType} value of files of this type. */
    public String token() {
        return token;
    }

    /** Returns the name of the JSON Schema file that files of this type name in their {@code schema} field. */
    public String schemaFile() {
        return schemaFile;
    }

    /** Returns the type whose schema file is {@code schemaFile}, or empty when no type has it. */
    public static Optional<VectorType> ofSchema(String schemaFile) {
        return Arrays.stream(values()).filter(type -> type.schemaFile.equals(schemaFile)).findFirst();
    }
}
