/**
 * Writing every report file of a run into an output directory in one call, report.json first, so that
 * the results survive whatever fails after.
 */
package io.sakit.reports.output;
