/**
 * The binary codec: byte-exact layouts of the NDIS structures for the x86 and x64 ABIs, raw images
 * that can hold any bit pattern (for building malformed requests), and the decoder that turns an
 * information buffer into a valid request or into the status the specification assigns, in the
 * specification's check order. Decoding never throws.
 */
package io.sakit.spec.codec;
