/**
 * The results journal, {@code results.jsonl}: the run's identity, then one case per line as each case
 * finishes, flushed per line, so a run that is killed leaves every finished case on disk; reading a
 * journal back, also one cut off mid-line; and the recorder that keeps a readable {@code report.json}
 * beside it while the run goes on.
 */
package io.sakit.reports.journal;
