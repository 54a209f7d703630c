package io.sakit.reports.merge;

/** Shard reports that cannot be merged; the message is one line that says why. */
public final class MergeRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the refusal with its one-line reason. */
    public MergeRefusedException(String reason) {
        super("cannot merge: " + reason);
    }
}
