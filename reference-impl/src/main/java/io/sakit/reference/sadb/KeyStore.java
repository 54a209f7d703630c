package io.sakit.reference.sadb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The key bytes of the bundles of one database, packed back to back into shared chunks, so that a bundle's
 * keys cost no object of their own: no array header or padding per bundle, and a million fewer objects for
 * the garbage collector to copy when a million SAs are loaded. Chunks double from 1 KiB up to 4 MiB, so a
 * small database stays small; each chunk is a power of two in bytes including its array header, so that when
 * G1 allocates one as a humongous object (one of half a region or more, which takes whole regions and is never
 * copied) it fills its regions exactly. The range of a deleted bundle is wiped and handed to the next keys of
 * the same length. Not thread-safe: the database changes it under its write lock.
 */
final class KeyStore {

    private static final int ARRAY_HEADER = 16;
    private static final int FIRST_CHUNK = (1 << 10) - ARRAY_HEADER;
    private static final int LARGEST_CHUNK = (1 << 22) - ARRAY_HEADER;

    private byte[] chunk = new byte[0];
    private int used;
    private final Map<Integer, Deque<KeyRange>> freed = new HashMap<>();

    /** Where one bundle's keys are: {@code length} bytes of {@code chunk} from {@code offset}. */
    record KeyRange(byte[] chunk, int offset) {
    }

    /** Returns a range of {@code length} bytes, all zero, that no live bundle uses. */
    KeyRange reserve(int length) {
        Deque<KeyRange> reusable = freed.isEmpty() ? null : freed.get(length);
        if (reusable != null && !reusable.isEmpty()) {
            return reusable.pop();
        }
        if (used + length > chunk.length) {
            chunk = new byte[chunk.length == 0 ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, 2 * (chunk.length + ARRAY_HEADER) - ARRAY_HEADER)];
            used = 0;
        }
        KeyRange range = new KeyRange(chunk, used);
        used += length;
        return range;
    }

    /** Makes the {@code length} bytes at {@code range}, which their bundle has wiped, reusable. */
    void release(KeyRange range, int length) {
        freed.computeIfAbsent(length, l -> new ArrayDeque<>()).push(range);
    }

    /** Forgets every range; the caller has wiped the keys of every live bundle. */
    void clear() {
        chunk = new byte[0];
        used = 0;
        freed.clear();
    }
}
