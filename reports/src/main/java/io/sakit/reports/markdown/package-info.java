/** The Markdown summary, {@code summary.md}: a short text for a pull-request comment. */
package io.sakit.reports.markdown;
