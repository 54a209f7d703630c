/**
 * Loading adapters (ServiceLoader, unique ids, options) and guarding them: every call to an
 * implementation under test is watched, and whatever it throws or breaks is turned into an ERROR outcome
 * instead of stopping the run.
 */
package io.sakit.conformance.adapter;
