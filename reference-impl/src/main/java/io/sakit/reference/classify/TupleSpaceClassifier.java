package io.sakit.reference.classify;

import io.sakit.spec.model.FlowKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Classifies packets against the filters of its entries by tuple-space search: one hash probe per distinct
 * filter shape, never a scan over the entries. Entries are ids of a {@link FilterTable}, which holds their
 * filters; an id is in at most one classifier at a time. Not thread-safe: the owner serialises access.
 */
public final class TupleSpaceClassifier {

    private static final int RECENT_SHAPES = 64;

    private final FilterTable filters;
    private final Map<TupleShape, Tuple> byShape = new HashMap<>();
    private final Tuple[] recent = new Tuple[RECENT_SHAPES];
    private Tuple[] tuples = new Tuple[0];
    private int size;

    /** Creates an empty classifier over the filters of {@code filters}. */
    public TupleSpaceClassifier(FilterTable filters) {
        this.filters = filters;
    }

    /** Adds entry {@code id}, whose filter is set in the table. */
    public void add(int id) {
        tupleOf(id, true).add(id);
        size++;
    }

    /** Removes entry {@code id}; returns whether it was present. A shape left empty is dropped. */
    public boolean remove(int id) {
        if (filters.tupleSlot(id) < 0) {
            return false;
        }
        Tuple tuple = tupleOf(id, false);
        if (tuple == null || !tuple.remove(id)) {
            return false;
        }
        size--;
        if (tuple.size() == 0) {
            byShape.remove(tuple.shape());
            Arrays.fill(recent, null);
            tuples = Arrays.stream(tuples).filter(t -> t != tuple).toArray(Tuple[]::new);
        }
        return true;
    }

    /**
     * Returns the tuple of entry {@code id}'s shape, creating it when {@code create}, or null. A small cache of
     * recently used shapes answers most adds without building a shape to look up.
     */
    private Tuple tupleOf(int id, boolean create) {
        int cached = filters.shapeHash(id) & (RECENT_SHAPES - 1);
        Tuple tuple = recent[cached];
        if (tuple != null && filters.hasShape(id, tuple.shape())) {
            return tuple;
        }
        TupleShape shape = filters.shape(id);
        tuple = byShape.get(shape);
        if (tuple == null && create) {
            tuple = new Tuple(shape, filters);
            byShape.put(shape, tuple);
            tuples = Arrays.copyOf(tuples, tuples.length + 1);
            tuples[tuples.length - 1] = tuple;
        }
        recent[cached] = tuple;
        return tuple;
    }

    /** Removes every entry. */
    public void clear() {
        byShape.clear();
        Arrays.fill(recent, null);
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

    /** Calls {@code action} with the id of every entry whose filter matches {@code flow}. */
    public void forEachMatch(FlowKey flow, IntConsumer action) {
        boolean hasPorts = FlowKey.hasPorts(flow.protocol());
        for (Tuple tuple : tuples) {
            tuple.forEachMatch(flow.source(), flow.destination(), flow.protocol(), flow.sourcePort(), flow.destinationPort(), hasPorts, action);
        }
    }

    /** Returns the ids of every entry whose filter matches {@code flow}. */
    public int[] matches(FlowKey flow) {
        IntStream.Builder found = IntStream.builder();
        forEachMatch(flow, found::add);
        return found.build().toArray();
    }
}
