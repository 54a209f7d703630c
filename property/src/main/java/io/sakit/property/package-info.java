/**
 * The kit's property-based testing facade: generators that shrink, reproducible seeds, budgets, captured
 * counterexamples, and a greedy removal pass for command lists. Tests and the suite depend on this
 * package only; the engine behind it (QuickTheories) can be replaced without touching them.
 */
package io.sakit.property;
