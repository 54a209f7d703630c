/** The JSON form of the results model: one configured mapper, deterministic output, and the report file format. */
package io.sakit.reports.json;
