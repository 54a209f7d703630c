package io.sakit.reference.sadb;

import java.util.Arrays;

/**
 * The inbound lookup of one space (plain ESP, plain AH or UDP-ESP): (SPI, destination) to bundle, in an
 * open-addressing table of primitive keys, so a lookup reads two cache lines and allocates nothing.
 *
 * <p>Layout: the table is one {@code long[]} of (key, position + 1) pairs, 0 marking a free slot, filled to at
 * most one half with linear probing and backward-shift deletion; a key's home slot is the top bits of the key
 * times the 64-bit golden ratio (Fibonacci hashing). The bundles sit in a dense array at their positions,
 * reused through a free list. Keeping the bundles out of the hashed table is what makes loading fast: under
 * G1, writing a reference to a new object at a random place of a large old array costs a card refinement,
 * several hundred nanoseconds, whereas the dense array is written in order.
 */
public final class InboundIndex {

    private static final long FIBONACCI = 0x9E37_79B9_7F4A_7C15L;
    private static final int INITIAL_SLOTS = 16;
    private static final int FILTER_BITS_PER_SLOT = 4;

    private long[] table = new long[2 * INITIAL_SLOTS];
    private long[] filter = new long[FILTER_BITS_PER_SLOT * INITIAL_SLOTS / Long.SIZE];
    private int shift = Long.SIZE - Integer.numberOfTrailingZeros(INITIAL_SLOTS);
    private Bundle[] bundles = new Bundle[INITIAL_SLOTS];
    private int[] freePositions = new int[INITIAL_SLOTS];
    private int freeCount;
    private int usedPositions;
    private int size;
    private int wildcards;

    /** Returns the primitive key of (SPI, destination): the SPI in the high 32 bits. */
    public static long key(int spi, int destination) {
        return (long) spi << 32 | (destination & 0xFFFF_FFFFL);
    }

    /** Returns the bundle stored under exactly (spi, destination), or null. */
    public Bundle get(int spi, int destination) {
        long key = key(spi, destination);
        long[] slots = table;
        int mask = slots.length - 1;
        for (int i = home(key); ; i = (i + 2) & mask) {
            long position = slots[i + 1];
            if (position == 0) {
                return null;
            }
            if (slots[i] == key) {
                return bundles[(int) position - 1];
            }
        }
    }

    /**
     * Returns whether (spi, destination) is present. A Bloom filter of the keys, small enough to stay in the
     * processor's cache, answers most absent keys without a probe of the table, which costs a cache miss: the
     * duplicate check of an add asks about keys that are almost always absent.
     */
    public boolean contains(int spi, int destination) {
        long mixed = key(spi, destination) * FIBONACCI;
        int mask = filter.length * Long.SIZE - 1;
        int first = (int) mixed & mask;
        int second = (int) (mixed >>> 40) & mask;
        if ((filter[first >>> 6] & 1L << first) == 0 || (filter[second >>> 6] & 1L << second) == 0) {
            return false;
        }
        return get(spi, destination) != null;
    }

    /**
     * Returns the bundle for a packet: the exact destination first, then the wildcard destination 0, which is
     * only looked up when some entry has it.
     */
    public Bundle find(int spi, int destination) {
        Bundle exact = get(spi, destination);
        return exact != null || destination == 0 || wildcards == 0 ? exact : get(spi, 0);
    }

    /**
     * Stores {@code bundle} under (spi, destination).
     *
     * @throws IllegalStateException when the key is already present: the duplicate check runs before
     */
    public void put(int spi, int destination, Bundle bundle) {
        if (2 * (size + 1) > table.length / 2) {
            grow();
        }
        long key = key(spi, destination);
        int mask = table.length - 1;
        int i = home(key);
        while (table[i + 1] != 0) {
            if (table[i] == key) {
                throw new IllegalStateException("inbound key already present; the duplicate check must run first");
            }
            i = (i + 2) & mask;
        }
        table[i] = key;
        table[i + 1] = place(bundle) + 1L;
        remember(key);
        size++;
        wildcards += destination == 0 ? 1 : 0;
    }

    /** Removes the entry under (spi, destination), if any. */
    public void remove(int spi, int destination) {
        long key = key(spi, destination);
        int mask = table.length - 1;
        int i = home(key);
        while (table[i + 1] != 0 && table[i] != key) {
            i = (i + 2) & mask;
        }
        if (table[i + 1] == 0) {
            return;
        }
        release((int) table[i + 1] - 1);
        size--;
        wildcards -= destination == 0 ? 1 : 0;
        closeGap(i, mask);
    }

    /** Removes every entry. */
    public void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(filter, 0);
        Arrays.fill(bundles, 0, usedPositions, null);
        usedPositions = 0;
        freeCount = 0;
        size = 0;
        wildcards = 0;
    }

    /** Returns the number of entries. */
    public int size() {
        return size;
    }

    /** Empties slot {@code i} by shifting back every later entry of its cluster that may move closer to its home. */
    private void closeGap(int i, int mask) {
        int gap = i;
        for (int j = (gap + 2) & mask; table[j + 1] != 0; j = (j + 2) & mask) {
            if (((j - home(table[j])) & mask) >= ((j - gap) & mask)) {
                table[gap] = table[j];
                table[gap + 1] = table[j + 1];
                gap = j;
            }
        }
        table[gap] = 0;
        table[gap + 1] = 0;
    }

    private int place(Bundle bundle) {
        int position;
        if (freeCount > 0) {
            position = freePositions[--freeCount];
        } else {
            if (usedPositions == bundles.length) {
                bundles = Arrays.copyOf(bundles, 2 * bundles.length);
            }
            position = usedPositions++;
        }
        bundles[position] = bundle;
        return position;
    }

    private void release(int position) {
        bundles[position] = null;
        if (freeCount == freePositions.length) {
            freePositions = Arrays.copyOf(freePositions, 2 * freePositions.length);
        }
        freePositions[freeCount++] = position;
    }

    /** Sets the key's two bits in the filter; a removed key's bits stay set until the next growth rebuilds the filter. */
    private void remember(long key) {
        long mixed = key * FIBONACCI;
        int mask = filter.length * Long.SIZE - 1;
        int first = (int) mixed & mask;
        int second = (int) (mixed >>> 40) & mask;
        filter[first >>> 6] |= 1L << first;
        filter[second >>> 6] |= 1L << second;
    }

    private void grow() {
        long[] old = table;
        table = new long[2 * old.length];
        filter = new long[2 * filter.length];
        shift--;
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                int i = home(old[j]);
                while (table[i + 1] != 0) {
                    i = (i + 2) & mask;
                }
                table[i] = old[j];
                table[i + 1] = old[j + 1];
                remember(old[j]);
            }
        }
    }

    /** Returns the index in {@link #table} of the key's home pair. */
    private int home(long key) {
        return (int) ((key * FIBONACCI) >>> shift) << 1;
    }
}
