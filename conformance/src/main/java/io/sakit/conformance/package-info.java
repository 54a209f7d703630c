/**
 * The sakit conformance suite. {@link io.sakit.conformance.Conformance} is the class an implementer's
 * JUnit Platform Suite selects to run the whole suite against its adapter.
 */
package io.sakit.conformance;
