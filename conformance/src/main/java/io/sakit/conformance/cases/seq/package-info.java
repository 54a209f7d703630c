/**
 * SEQ: sequences. Random sequences of add, delete, transmit, receive and reset on the adapter and the
 * reference model side by side, every step compared and a divergence cut down to its fewest steps; and
 * what a reset must leave behind.
 */
package io.sakit.conformance.cases.seq;
