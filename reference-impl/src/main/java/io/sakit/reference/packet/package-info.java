/**
 * Reading IPv4 datagrams as SPEC.md section 9 defines them: header well-formedness for a span,
 * fragments, options and the payload offset (9.1), the IPv4 option list and its mutable-option
 * classification for the AH ICV (9.3, K13), and the fixed offsets of the AH and ESP headers (9.3,
 * 9.4). Every method is static and reads the packet bytes in place, without allocating.
 */
package io.sakit.reference.packet;
