/**
 * The reference implementation as an adapter: the raw OID surface over the decoder and the SA database,
 * the data path, the classifier, configuration by options, and a stable JSON dump of its state.
 */
package io.sakit.reference.adapter;
