package io.sakit.testkit.framing;

/**
 * Where the AH header of a layer is: at offset a, 24 bytes, with Next Header at a, Payload Len at a+1, the SPI
 * at a+4, the sequence number at a+8 and the ICV at a+12 (SPEC.md 9.3).
 */
public record AhFields(int offset) {

    /** The length of the AH header with its 12-byte ICV. */
    public static final int LENGTH = 24;
    /** The Payload Len of that header: 24 / 4 − 2. */
    public static final int PAYLOAD_LEN = 4;

    /** Requires a non-negative offset. */
    public AhFields {
        if (offset < 0) {
            throw new IllegalArgumentException("AH offset " + offset + " is negative");
        }
    }

    /** Returns the ICV field a+12 to a+24. */
    public Span icv() {
        return new Span(offset + 12, 12);
    }

    /** Returns the offset just past the AH header, a+24, where the protected data starts. */
    public int end() {
        return offset + LENGTH;
    }

    /** Returns these fields moved by {@code delta} bytes. */
    public AhFields shifted(int delta) {
        return new AhFields(offset + delta);
    }
}
