package io.sakit.conformance.adapter.exec;

/**
 * The implementation answered a request with an {@code error} message (STDIO-PROTOCOL.md section 5.8): it could
 * not carry the request out, but the protocol is intact, so the child keeps running.
 */
public final class ErrorResponse extends RuntimeException {

    /** Creates the exception with its one-line message. */
    public ErrorResponse(String message) {
        super(message);
    }
}
