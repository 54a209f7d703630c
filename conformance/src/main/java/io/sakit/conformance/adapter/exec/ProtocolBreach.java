package io.sakit.conformance.adapter.exec;

/**
 * The child broke the protocol (STDIO-PROTOCOL.md section 7): it crashed, hung, exited, or wrote something that
 * is not the answer to the request. The child has been stopped; the message is one line naming what went wrong,
 * with the tail of the child's standard error.
 */
public final class ProtocolBreach extends RuntimeException {

    /** Creates the exception with its one-line message. */
    public ProtocolBreach(String message) {
        super(message);
    }
}
