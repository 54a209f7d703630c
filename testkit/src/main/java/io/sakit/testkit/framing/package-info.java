/**
 * The transport's framing of outbound packets (SPEC.md 9.4, 9.5, 10): every header, SPI, sequence number,
 * padding, Pad Length and Next Header written, the IV and ICV fields present with placeholder content, and
 * the layout description that says where each layer's IV, encrypted region and ICV fields are (TX-FRM-001).
 */
package io.sakit.testkit.framing;
