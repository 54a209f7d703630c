/**
 * The adapter SPI: what an implementation under test exposes to the kit, as a miniport exposes it to
 * NDIS, plus a reset. Implementers compile against this package and the records it names; an adapter is
 * found through {@link java.util.ServiceLoader} by its {@link io.sakit.spec.spi.AdapterProvider}.
 */
package io.sakit.spec.spi;
