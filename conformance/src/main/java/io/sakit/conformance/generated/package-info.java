/**
 * Generated cases: properties run through the kit's property facade with the case's seed and the run's
 * budget, failures shrunk to their smallest form and recorded as counterexamples that export as vectors.
 */
package io.sakit.conformance.generated;
