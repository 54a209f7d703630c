/**
 * The results model of a certification run: one immutable record per case, verdicts per requirement and
 * for the run, and the run's identity (kit, spec, adapter, capabilities, profile, seeds, budget, shard).
 * Writers turn it into files; the runner's listener fills it.
 */
package io.sakit.reports.model;
