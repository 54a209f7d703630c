/**
 * The NDIS vocabulary the specification speaks: object identifiers, NDIS status codes and the
 * per-packet CryptoStatus values, with their numeric values from the public NDIS headers.
 */
package io.sakit.spec.ndis;
