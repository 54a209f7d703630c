/**
 * The AH and ESP transforms of SPEC.md 9.2 to 9.4 under one bundle's keys: the per-bundle crypto state
 * (keyed once, used under the bundle's monitor, wiped on delete), HMAC-96 through the JDK's SunJCE
 * {@code Mac}, DES-CBC and 3DES-CBC through BouncyCastle's lightweight engines re-initialised only with
 * each packet's IV, the AH ICV with mutable fields and options zeroed, ESP encryption and decryption in
 * place with the ESP ICV, constant-time ICV comparison, and the source of transmit IVs.
 */
package io.sakit.reference.transform;
