/**
 * Vector-driven cases: every test of every packaged vector file is one case, named by its file and tcId,
 * citing the requirements of its flags, and judged exactly as the file says (with NOT_SUPPORTED where the
 * adapter does not advertise what a valid request needs).
 */
package io.sakit.conformance.vectors;
