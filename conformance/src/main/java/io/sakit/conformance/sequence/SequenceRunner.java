package io.sakit.conformance.sequence;

import io.sakit.property.ListShrinker;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.List;
import java.util.Optional;

/**
 * Runs a sequence on the adapter under test and on the reference model, both reset first, and returns the
 * first step where their observations differ; {@link #minimize} cuts a diverging sequence down.
 */
public final class SequenceRunner {

    private final OffloadAdapter adapter;
    private final OffloadAdapter reference;
    private final Profile profile;
    private final DataPathSteps dataPath;

    /** Creates a runner over the two implementations, both with {@code profile}. */
    public SequenceRunner(OffloadAdapter adapter, OffloadAdapter reference, Profile profile, DataPathSteps dataPath) {
        this.adapter = adapter;
        this.reference = reference;
        this.profile = profile;
        this.dataPath = dataPath;
    }

    /** Returns the first divergence of {@code sequence}, or empty when every step agrees. */
    public Optional<Divergence> run(List<Command> sequence) {
        adapter.reset();
        reference.reset();
        Side tested = new Side(adapter, profile, dataPath);
        Side model = new Side(reference, profile, dataPath);
        for (int step = 0; step < sequence.size(); step++) {
            Observation expected = model.apply(sequence.get(step));
            Observation actual = tested.apply(sequence.get(step));
            if (!expected.equals(actual)) {
                return Optional.of(new Divergence(sequence, step, actual, expected));
            }
        }
        return Optional.empty();
    }

    /** Returns the divergence of the shortest sub-sequence of {@code diverging} that still diverges. */
    public Divergence minimize(List<Command> diverging) {
        List<Command> minimal = ListShrinker.minimize(diverging, candidate -> run(candidate).isPresent());
        return run(minimal).orElseThrow(() -> new IllegalStateException("a minimized sequence stopped diverging; the adapter is not deterministic"));
    }
}
