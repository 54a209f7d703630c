/**
 * Decides whether an adapter's transmit conforms (SPEC.md 10.3, 10.4, TX-FRM-001): given the framed packet, the
 * packet the adapter returned and the bundles with their keys, it recomputes every ICV, decrypts every encrypted
 * region and compares with the framed plaintext, and returns a structured verdict with offsets that a report can
 * print. Key bytes never appear in a verdict.
 */
package io.sakit.testkit.verify;
