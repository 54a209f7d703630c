package io.sakit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A greedy removal pass over a failing list of commands: it drops chunks, then single elements, from
 * anywhere in the list while the list still fails, until no single removal keeps it failing.
 */
public final class ListShrinker {

    private ListShrinker() {
    }

    /**
     * Returns a sublist of {@code failing} (in order) that still fails and from which no single element can be removed.
     *
     * @param stillFails tells whether a candidate list still fails; it is never asked about an empty list unless
     *     {@code failing} could shrink that far
     */
    public static <C> List<C> minimize(List<C> failing, Predicate<List<C>> stillFails) {
        List<C> current = new ArrayList<>(failing);
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            current = removeChunks(current, chunk, stillFails);
        }
        return List.copyOf(current);
    }

    private static <C> List<C> removeChunks(List<C> list, int chunk, Predicate<List<C>> stillFails) {
        List<C> current = list;
        int start = 0;
        while (start < current.size()) {
            List<C> candidate = new ArrayList<>(current.subList(0, start));
            candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
            if (candidate.size() < current.size() && stillFails.test(candidate)) {
                current = candidate;
            } else {
                start += chunk;
            }
        }
        return current;
    }
}
