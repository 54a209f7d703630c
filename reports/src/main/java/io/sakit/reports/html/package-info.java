/**
 * The HTML report, {@code report.html}: one self-contained file (inline CSS, inline SVG charts, a small
 * inline script; a content security policy forbids every network request) that a lab hands to a customer
 * and an engineer reads to chase a failure. Everything that comes from the results is HTML-escaped.
 */
package io.sakit.reports.html;
