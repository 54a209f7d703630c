/**
 * Writing files so that a reader never sees half of one: every output file is written to a temporary
 * file in its own directory and moved over the target in one step.
 */
package io.sakit.reports.files;
