/**
 * The JUnit Platform test engine {@code sakit}: it exposes every conformance case as a test tagged with
 * its requirement ids, grouped by family, and runs them against the adapter its configuration names, so
 * the suite runs from the kit's command line and inside any JUnit Platform build alike.
 */
package io.sakit.conformance.engine;
