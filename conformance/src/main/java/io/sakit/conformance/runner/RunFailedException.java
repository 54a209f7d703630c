package io.sakit.conformance.runner;

/** The run could not start or was cut short by something other than a case: an unknown adapter, bad options, an engine failure. */
public final class RunFailedException extends RuntimeException {

    /** Creates the exception with a one-line message for the user. */
    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
