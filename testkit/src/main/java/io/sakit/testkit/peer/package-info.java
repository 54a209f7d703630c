/**
 * A complete software IPsec sender and receiver on the JDK's own providers (SunJCE HMAC-MD5, HMAC-SHA1, DES
 * and DESede in CBC mode): {@link io.sakit.testkit.peer.Sender} produces exactly what a conforming adapter's
 * transmit produces (SPEC.md 10), and {@link io.sakit.testkit.peer.Receiver} exactly what a conforming
 * adapter's receive indicates (SPEC.md 11, 12.4). Written for reading, not for speed: it is the kit's second
 * oracle.
 */
package io.sakit.testkit.peer;
