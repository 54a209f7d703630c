/**
 * The SA database: bundles under handles, stored as rows of primitive columns and read as snapshot views;
 * the inbound (space, SPI, destination) index, the filter classifier per direction, UDP-ESP parser entries,
 * capacity, and the state-dependent checks of ADD_SA (capabilities, duplicates, capacity) that follow the
 * structural ones of the decoder.
 */
package io.sakit.reference.sadb;
