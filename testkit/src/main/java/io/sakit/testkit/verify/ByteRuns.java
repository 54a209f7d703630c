package io.sakit.testkit.verify;

import io.sakit.testkit.framing.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Finds the byte ranges where two packets of equal length differ, within a span and outside excluded offsets. */
final class ByteRuns {

    private ByteRuns() {
    }

    /** Returns the maximal runs of offsets in {@code within} where {@code a} and {@code b} differ and {@code excluded} is false. */
    static List<Span> differing(byte[] a, byte[] b, Span within, IntPredicate excluded) {
        List<Span> runs = new ArrayList<>();
        int start = -1;
        for (int i = within.offset(); i <= within.end(); i++) {
            boolean differs = i < within.end() && a[i] != b[i] && !excluded.test(i);
            if (differs && start < 0) {
                start = i;
            } else if (!differs && start >= 0) {
                runs.add(new Span(start, i - start));
                start = -1;
            }
        }
        return runs;
    }
}
