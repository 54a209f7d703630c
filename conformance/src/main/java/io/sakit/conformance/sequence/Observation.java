package io.sakit.conformance.sequence;

/**
 * What one step showed, in the abstract form both sides are compared in: statuses and lengths as they are,
 * handles only as NULL or not, written-back buffers with their handle fields blanked, packets as bytes.
 */
public record Observation(String text) {

    @Override
    public String toString() {
        return text;
    }
}
