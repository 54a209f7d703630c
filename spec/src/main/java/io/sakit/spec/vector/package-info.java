/**
 * The test vectors as typed data: immutable records for each vector file type (OID requests, filter
 * matching, HMAC and DES/3DES known answers) and the one loader that reads a vector file, validates it
 * against its JSON Schema and the kit's own rules, and turns it into those records.
 *
 * <p>Test code never touches raw JSON: hex is decoded to bytes, OIDs, statuses, ABIs and key orders to
 * the kit's enums, filters and packets to the model records.
 */
package io.sakit.spec.vector;
