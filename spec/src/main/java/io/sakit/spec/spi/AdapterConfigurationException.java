package io.sakit.spec.spi;

/** Thrown when an adapter cannot be created from the options it was given; the message is one line for the user. */
public final class AdapterConfigurationException extends RuntimeException {

    /** Creates the exception with a one-line message. */
    public AdapterConfigurationException(String message) {
        super(message);
    }
}
