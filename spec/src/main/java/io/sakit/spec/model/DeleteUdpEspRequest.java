package io.sakit.spec.model;

/**
 * An OFFLOAD_IPSEC_DELETE_UDPESP_SA request: the UDP-ESP SA's handle and, when non-zero, the parser
 * entry to release with it.
 */
public record DeleteUdpEspRequest(long offloadHandle, long encapEntryHandle) {
}
