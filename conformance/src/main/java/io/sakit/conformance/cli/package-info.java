/**
 * The command line {@code sakit}: certify, list, verify, diff, merge and vectors. Exit status 0 means
 * conformant (or a partial run in which nothing failed), 1 nonconformant, 2 a usage, configuration or
 * infrastructure error reported in one line.
 */
package io.sakit.conformance.cli;
