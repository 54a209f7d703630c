package io.sakit.conformance.sequence;

import java.util.List;

/** The first step at which the adapter and the reference model disagreed, with the sequence up to it. */
public record Divergence(List<Command> sequence, int step, Observation adapter, Observation reference) {

    /** Copies the sequence. */
    public Divergence {
        sequence = List.copyOf(sequence);
    }

    /** Returns the sequence as numbered lines, the diverging step marked. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sequence.size() && i <= step; i++) {
            text.append(i == step ? "  > " : "    ").append(i + 1).append(". ").append(sequence.get(i)).append('\n');
        }
        return text.toString();
    }
}
