/**
 * What changed between two reports: the verdict, the run's identity, requirement statuses and case
 * outcomes, cases added and removed; as a model and as plain text for the terminal.
 */
package io.sakit.reports.diff;
