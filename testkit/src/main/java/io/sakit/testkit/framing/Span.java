package io.sakit.testkit.framing;

/** A run of {@code length} bytes of a packet starting at {@code offset}, as the layouts of SPEC.md 9.5 name them; length 0 for an absent field. */
public record Span(int offset, int length) {

    /** Requires a non-negative offset and length. */
    public Span {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("span [" + offset + ", +" + length + ") is negative");
        }
    }

    /** Returns the offset just past the span. */
    public int end() {
        return offset + length;
    }

    /** Returns whether {@code position} lies in the span. */
    public boolean contains(int position) {
        return position >= offset && position < end();
    }

    /** Returns whether the span is empty (an absent field). */
    public boolean isEmpty() {
        return length == 0;
    }

    /** Returns this span moved by {@code delta} bytes. */
    public Span shifted(int delta) {
        return new Span(offset + delta, length);
    }

    @Override
    public String toString() {
        return "[" + offset + ", " + end() + ")";
    }
}
