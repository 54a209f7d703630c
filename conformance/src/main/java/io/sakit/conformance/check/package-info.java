/**
 * Checks shared by the case families: sending OID requests and judging the completion (status,
 * BytesRead, BytesNeeded, the written-back buffer, handles) in NDIS terms, so every failure reads
 * "expected NDIS_STATUS_X, got NDIS_STATUS_Y".
 */
package io.sakit.conformance.check;
