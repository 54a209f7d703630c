package io.sakit.conformance.adapter.exec;

/** A protocol message that breaks STDIO-PROTOCOL.md: a missing, unknown or mistyped field; the message names the field, never its bytes. */
public final class MessageException extends RuntimeException {

    /** Creates the exception with a one-line description naming the field and the rule it breaks. */
    public MessageException(String message) {
        super(message);
    }
}
