/**
 * RX: receive. Packets protected by an independent software peer for installed inbound bundles are
 * processed exactly as the peer's receive says (every CryptoStatus, in-place decryption, bundles, transport
 * over tunnel, options, UDP-ESP); tampered, unmatched, filtered and fragmented packets likewise.
 */
package io.sakit.conformance.cases.rx;
