package io.sakit.conformance.sequence;

import io.sakit.spec.spi.OffloadAdapter;

/** How a sequence exercises the data path: a transmit or a receive on a bundle the sequence added, reduced to an observation. */
public interface DataPathSteps {

    /** Transmits on {@code bundle} and returns what both sides must agree on. */
    Observation transmit(OffloadAdapter adapter, AddedBundle bundle, Command.Transmit command);

    /** Receives for {@code bundle} and returns what both sides must agree on. */
    Observation receive(OffloadAdapter adapter, AddedBundle bundle, Command.Receive command);
}
