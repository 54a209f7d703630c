package io.sakit.spec.profile;

/** What {@code BytesNeeded} counts when a set request's buffer is too short (decision A12). */
public enum BytesNeededMode {
    /** The total number of bytes the request needs: NDIS 6 (the default). */
    TOTAL("total"),
    /** The number of bytes missing from the given buffer: NDIS 5.1 MiniportSetInformation. */
    ADDITIONAL("additional");

    private final String token;

    BytesNeededMode(String token) {
        this.token = token;
    }

    /** Returns the name used in profiles and on the command line. */
    public String token() {
        return token;
    }

    /** Returns the BytesNeeded value to report for a buffer of {@code given} bytes when {@code required} are needed. */
    public long bytesNeeded(long required, long given) {
        return this == TOTAL ? required : required - given;
    }
}
