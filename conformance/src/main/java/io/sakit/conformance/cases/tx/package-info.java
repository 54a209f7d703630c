/**
 * TX: transmit. Packets framed as the transport frames them are transmitted on installed outbound bundles;
 * the result is judged by an independent verifier (IVs, ciphertext, ICVs, untouched bytes, order), and
 * transmits the specification refuses must be refused with INVALID_PACKET and the packet unchanged.
 */
package io.sakit.conformance.cases.tx;
