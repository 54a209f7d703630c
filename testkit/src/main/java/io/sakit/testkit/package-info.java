/**
 * The transport's side of the kit: what the TCP/IP stack does around an offload implementation
 * (building requests and framing packets), generators of its inputs, and an independent verifier.
 */
package io.sakit.testkit;
