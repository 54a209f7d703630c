/**
 * Plain IPv4 datagrams as the transport hands them to IPsec: headers with options, TCP, UDP, ICMP and raw
 * payloads, the IPv4 well-formedness and option rules of SPEC.md 9.1 and 9.3 read from bytes, and the
 * header tuple a filter is applied to (SPEC.md 8.2, 8.3).
 */
package io.sakit.testkit.packet;
