/**
 * The reference implementation of the sakit specification: the embedded default adapter
 * ({@code reference}) and the oracle of every differential test.
 */
package io.sakit.reference;
