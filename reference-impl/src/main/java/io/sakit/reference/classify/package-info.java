/**
 * Filter classification by tuple-space search: entries are numbered, their filters held in the columns of a
 * {@link io.sakit.reference.classify.FilterTable}; they are grouped by the shape of their filter (effective
 * masks and which of protocol and ports are used) and hashed on their masked values, so a packet is matched
 * with one hash probe per shape instead of a scan over every SA.
 */
package io.sakit.reference.classify;
