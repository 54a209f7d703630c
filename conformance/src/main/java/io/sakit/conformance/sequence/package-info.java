/**
 * The differential sequence runner: the same sequence of operations on the adapter under test and on the
 * reference model, every step's observable result compared (handles through a consistent renaming, IVs and
 * SaDeleteReq abstracted as SPEC.md 13.3 allows), and a failing sequence cut down to the fewest steps that
 * still diverge.
 */
package io.sakit.conformance.sequence;
