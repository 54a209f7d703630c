/**
 * Merging the reports of a sharded run into the report of the whole run, after checking they belong
 * together: same run, every shard once, no case twice.
 */
package io.sakit.reports.merge;
