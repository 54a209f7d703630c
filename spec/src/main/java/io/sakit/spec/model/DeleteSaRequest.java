package io.sakit.spec.model;

/** An OFFLOAD_IPSEC_DELETE_SA request: the handle of the SA bundle to delete (0 is NULL). */
public record DeleteSaRequest(long offloadHandle) {
}
