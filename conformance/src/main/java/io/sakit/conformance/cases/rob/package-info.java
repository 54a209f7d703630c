/**
 * ROB: robustness. Arbitrary and mutated information buffers and packets of any length: a defined status,
 * no crash or hang, no state change unless the request succeeds, and the same answers as the reference
 * model wherever the specification leaves no choice.
 */
package io.sakit.conformance.cases.rob;
