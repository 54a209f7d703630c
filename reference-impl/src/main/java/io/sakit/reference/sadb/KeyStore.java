package io.sakit.reference.sadb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key bytes of the bundles of one database, packed back to back into shared chunks, so that a bundle's
 * keys cost no object of their own: no array header or padding per bundle, and a million fewer objects for
 * the garbage collector to copy when a million SAs are loaded. A range is named by a locator: the chunk's
 * number in the high 32 bits, the offset in the low 32. Chunks double from 1 KiB up to 4 MiB, so a small
 * database stays small; each chunk is a power of two in bytes including its array header, so that when G1
 * allocates one as a humongous object (one of half a region or more, which takes whole regions and is never
 * copied) it fills its regions exactly. A released range is wiped and handed to the next keys of the same
 * length. Not thread-safe: the database changes it under its write lock.
 */
final class KeyStore {

    private static final int ARRAY_HEADER = 16;
    private static final int FIRST_CHUNK = (1 << 10) - ARRAY_HEADER;
    private static final int LARGEST_CHUNK = (1 << 22) - ARRAY_HEADER;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] chunk = new byte[0];
    private int used;
    private final Map<Integer, Deque<Long>> freed = new HashMap<>();

    /** Returns the locator of a range of {@code length} bytes, all zero, that no live bundle uses. */
    long reserve(int length) {
        Deque<Long> reusable = freed.isEmpty() ? null : freed.get(length);
        if (reusable != null && !reusable.isEmpty()) {
            return reusable.pop();
        }
        if (used + length > chunk.length) {
            chunk = new byte[chunk.length == 0 ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, 2 * (chunk.length + ARRAY_HEADER) - ARRAY_HEADER)];
            chunks.add(chunk);
            used = 0;
        }
        long locator = (long) (chunks.size() - 1) << 32 | used;
        used += length;
        return locator;
    }

    /** Returns the chunk that holds the range {@code locator} names. */
    byte[] chunk(long locator) {
        return chunks.get((int) (locator >>> 32));
    }

    /** Returns the offset in its chunk of the range {@code locator} names. */
    static int offset(long locator) {
        return (int) locator;
    }

    /** Wipes the {@code length} bytes {@code locator} names and makes them reusable. */
    void release(long locator, int length) {
        int offset = offset(locator);
        Arrays.fill(chunk(locator), offset, offset + length, (byte) 0);
        freed.computeIfAbsent(length, l -> new ArrayDeque<>()).push(locator);
    }

    /** Wipes every range and forgets them all. */
    void clear() {
        for (byte[] each : chunks) {
            Arrays.fill(each, (byte) 0);
        }
        chunks.clear();
        chunk = new byte[0];
        used = 0;
        freed.clear();
    }
}
