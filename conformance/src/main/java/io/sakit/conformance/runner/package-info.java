/**
 * Running the suite through the JUnit Platform Launcher: the request built from the user's choices, the
 * listener that collects each case's result as it finishes, and the progress it reports.
 */
package io.sakit.conformance.runner;
