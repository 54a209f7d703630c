package io.sakit.reference.classify;

import io.sakit.spec.model.FlowKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Classifies packets against the filters of its entries by tuple-space search: one hash probe per
 * distinct filter shape, never a scan over the entries. Not thread-safe: the owner serialises access.
 */
public final class TupleSpaceClassifier {

    private final Map<TupleShape, Tuple> byShape = new HashMap<>();
    private Tuple[] tuples = new Tuple[0];
    private int size;

    /** Adds an entry; an entry is in at most one classifier at a time. */
    public void add(FilterEntry entry) {
        TupleShape shape = entry.shape();
        Tuple tuple = byShape.get(shape);
        if (tuple == null) {
            tuple = new Tuple(shape);
            byShape.put(shape, tuple);
            tuples = Arrays.copyOf(tuples, tuples.length + 1);
            tuples[tuples.length - 1] = tuple;
        }
        tuple.add(entry);
        size++;
    }

    /** Removes an entry; returns whether it was present. A shape left empty is dropped. */
    public boolean remove(FilterEntry entry) {
        Tuple tuple = byShape.get(entry.shape());
        if (tuple == null || !tuple.remove(entry)) {
            return false;
        }
        size--;
        if (tuple.size() == 0) {
            byShape.remove(tuple.shape());
            tuples = Arrays.stream(tuples).filter(t -> t != tuple).toArray(Tuple[]::new);
        }
        return true;
    }

    /** Removes every entry. */
    public void clear() {
        byShape.clear();
        tuples = new Tuple[0];
        size = 0;
    }

    /** Returns the number of entries. */
    public int size() {
        return size;
    }

    /** Returns the number of distinct filter shapes, which is the number of probes a packet costs. */
    public int shapes() {
        return tuples.length;
    }

    /** Calls {@code action} for every entry whose filter matches {@code flow}. */
    public void forEachMatch(FlowKey flow, Consumer<FilterEntry> action) {
        boolean hasPorts = FlowKey.hasPorts(flow.protocol());
        for (Tuple tuple : tuples) {
            tuple.forEachMatch(flow.source(), flow.destination(), flow.protocol(), flow.sourcePort(), flow.destinationPort(), hasPorts, action);
        }
    }

    /** Returns every entry whose filter matches {@code flow}. */
    public List<FilterEntry> matches(FlowKey flow) {
        List<FilterEntry> found = new ArrayList<>(2);
        forEachMatch(flow, found::add);
        return found;
    }
}
