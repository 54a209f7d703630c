/**
 * Running cases: one worker thread per run, a watchdog that turns a hung call into an ERROR and replaces
 * the stuck adapter, and the mapping from what a case body did to its outcome.
 */
package io.sakit.conformance.execution;
