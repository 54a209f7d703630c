/**
 * The case model: what a conformance case is, what it sees while it runs, how it reports failures,
 * not-applicable and acceptable outcomes, and the budgets that size generated cases.
 */
package io.sakit.conformance.suite;
