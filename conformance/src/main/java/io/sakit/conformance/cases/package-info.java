/**
 * The suite's cases: one subpackage per family (ADD, DEL, CAP, FLT, RX, TX, UDP, ROB, SEQ), and
 * {@link io.sakit.conformance.cases.AllCases}, which lists them in a stable order.
 */
package io.sakit.conformance.cases;
