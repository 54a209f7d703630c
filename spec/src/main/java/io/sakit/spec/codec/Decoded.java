package io.sakit.spec.codec;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of decoding an information buffer: an accepted request with the BytesRead it consumed, or
 * the rejection the specification assigns.
 */
public sealed interface Decoded<T> permits Decoded.Accepted, Decoded.Rejected {

    /** A buffer that holds a valid request. */
    record Accepted<T>(T value, long bytesRead) implements Decoded<T> {
        /** Requires a value. */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A buffer the specification refuses. */
    record Rejected<T>(Rejection rejection) implements Decoded<T> {
        /** Requires the rejection. */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** Returns whether the buffer was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** Returns the accepted value, or throws {@link IllegalStateException} with the rejection's text. */
    default T value() {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw new IllegalStateException("request was rejected: " + ((Rejected<T>) this).rejection());
    }

    /** Returns the same outcome with the accepted value transformed. */
    default <R> Decoded<R> map(Function<T, R> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()), accepted.bytesRead());
        }
        return new Rejected<>(((Rejected<T>) this).rejection());
    }
}
