/**
 * Deliberately broken implementations (mutants) that measure the suite's strength: each is the reference
 * implementation with one realistic bug, available as adapter {@code mutant:<name>}, and each names the
 * requirements the suite must find failing.
 */
package io.sakit.conformance.mutants;
