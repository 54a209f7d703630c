/**
 * FLT: filters. Each filter-match vector and generated filter is judged through the classifier when the
 * adapter exposes it, and through the receive path otherwise: a packet is processed exactly when the
 * bundle's filter matches its header tuple.
 */
package io.sakit.conformance.cases.flt;
