package io.sakit.spec.vector;

/**
 * Thrown when a vector file cannot be loaded; the message is one line naming the file and, where the
 * fault lies in one test, that test (for example {@code add_sa.json: test 17: flag 'Foo' is not defined in notes}).
 *
 * <p>Messages never contain key material or buffer contents.
 */
public final class VectorFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message is {@code message}, flattened to one line. */
    public VectorFileException(String message) {
        super(oneLine(message));
    }

    /** Creates an exception whose message is {@code message}, flattened to one line, caused by {@code cause}. */
    public VectorFileException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
