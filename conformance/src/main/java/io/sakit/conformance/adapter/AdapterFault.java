package io.sakit.conformance.adapter;

/** The implementation under test threw, or broke the adapter contract; the case ends in ERROR. */
public final class AdapterFault extends RuntimeException {

    /** Creates a fault with a one-line description of the call and what went wrong. */
    public AdapterFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates a fault without an underlying exception (a contract breach such as a null result). */
    public AdapterFault(String message) {
        super(message);
    }
}
