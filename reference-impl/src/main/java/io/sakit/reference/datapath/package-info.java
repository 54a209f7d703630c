/**
 * The data path of the reference implementation: transmit (SPEC.md 10 and 12.4) and receive (SPEC.md 11
 * and 12.4) over the bundles of an {@link io.sakit.reference.sadb.SaDatabase}, behind the small facade
 * {@link io.sakit.reference.datapath.DataPath} that the adapter calls. Every input byte string and handle
 * value gives a result of the specification, never an exception.
 */
package io.sakit.reference.datapath;
