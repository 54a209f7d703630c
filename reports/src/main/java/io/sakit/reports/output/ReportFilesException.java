package io.sakit.reports.output;

import java.io.IOException;

/** The report files could not all be written; the message is one line naming the directory and where the results are. */
public final class ReportFilesException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the failure with its one-line message and cause. */
    public ReportFilesException(String message, Throwable cause) {
        super(message, cause);
    }
}
