package io.sakit.spec.spi;

import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;

/** An implementation's filter classifier, for those that can expose it (simulators, software engines). */
public interface Classifier {

    /** Returns the handles of every live SA of {@code direction} whose filter matches {@code flow}, in any order. */
    long[] matchingHandles(Direction direction, FlowKey flow);
}
