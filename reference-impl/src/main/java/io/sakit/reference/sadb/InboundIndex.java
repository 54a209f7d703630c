package io.sakit.reference.sadb;

import java.util.Arrays;

/**
 * The inbound lookup: (space, SPI, destination) to the slot of a bundle in the {@code BundleTable}, where the
 * space is plain ESP, plain AH or UDP-ESP, in one open-addressing table of primitives, so a lookup reads one or
 * two cache lines, allocates nothing and holds nothing the garbage collector must trace.
 *
 * <p>Layout: the table is one {@code long[]} of (key, value) pairs, the key being the SPI in the high 32 bits and
 * the destination in the low 32, the value the space in the high 32 bits and the slot plus one in the low 32, so
 * a value of 0 marks a free pair. It is filled to at most one half with linear probing and backward-shift
 * deletion; an entry's home pair is the top bits of its key, mixed with its space, times the 64-bit golden ratio
 * (Fibonacci hashing). It can be sized for an expected number of entries up front, so that loading them never
 * rehashes. A Bloom filter of the entries, small enough to stay in the processor's cache, answers most absent
 * entries without a probe of the table.
 */
public final class InboundIndex {

    /** The space of plain ESP SAs. */
    public static final int ESP = 0;
    /** The space of plain AH SAs, and of the AH SA of an ESP-then-AH bundle. */
    public static final int AH = 1;
    /** The space of UDP-ESP SAs. */
    public static final int UDP_ESP = 2;

    private static final long FIBONACCI = 0x9E37_79B9_7F4A_7C15L;
    private static final long SPACE_MIX = 0xC2B2_AE3D_27D4_EB4FL;
    private static final int MIN_SLOTS = 16;
    private static final int FILTER_BITS_PER_SLOT = 4;

    private long[] table;
    private long[] filter;
    private int shift;
    private int size;
    private final int[] wildcards = new int[3];

    /** Creates an index sized to hold {@code expected} entries without growing. */
    public InboundIndex(int expected) {
        int slots = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, 2 * expected - 1)) << 1);
        allocate(slots);
    }

    /** Returns the primitive key of (SPI, destination): the SPI in the high 32 bits. */
    public static long key(int spi, int destination) {
        return (long) spi << 32 | (destination & 0xFFFF_FFFFL);
    }

    /** Returns the slot stored under exactly (space, spi, destination), or -1. */
    public int get(int space, int spi, int destination) {
        long key = key(spi, destination);
        long[] pairs = table;
        int mask = pairs.length - 1;
        for (int i = home(space, key); ; i = (i + 2) & mask) {
            long value = pairs[i + 1];
            if (value == 0) {
                return -1;
            }
            if (pairs[i] == key && (int) (value >>> 32) == space) {
                return (int) value - 1;
            }
        }
    }

    /** Returns whether (space, spi, destination) is present; the Bloom filter answers most absent entries alone. */
    public boolean contains(int space, int spi, int destination) {
        long mixed = mix(space, key(spi, destination));
        int mask = filter.length * Long.SIZE - 1;
        int first = (int) mixed & mask;
        int second = (int) (mixed >>> 40) & mask;
        if ((filter[first >>> 6] & 1L << first) == 0 || (filter[second >>> 6] & 1L << second) == 0) {
            return false;
        }
        return get(space, spi, destination) >= 0;
    }

    /**
     * Returns the slot for a packet, or -1: the exact destination first, then the wildcard destination 0, which
     * is only looked up when some entry of the space has it.
     */
    public int find(int space, int spi, int destination) {
        int exact = get(space, spi, destination);
        return exact >= 0 || destination == 0 || wildcards[space] == 0 ? exact : get(space, spi, 0);
    }

    /**
     * Stores {@code slot} under (space, spi, destination).
     *
     * @throws IllegalStateException when the entry is already present: the duplicate check runs before
     */
    public void put(int space, int spi, int destination, int slot) {
        if (2 * (size + 1) > table.length / 2) {
            grow();
        }
        long key = key(spi, destination);
        int mask = table.length - 1;
        int i = home(space, key);
        while (table[i + 1] != 0) {
            if (table[i] == key && (int) (table[i + 1] >>> 32) == space) {
                throw new IllegalStateException("inbound entry already present; the duplicate check must run first");
            }
            i = (i + 2) & mask;
        }
        table[i] = key;
        table[i + 1] = (long) space << 32 | (slot + 1L);
        remember(space, key);
        size++;
        wildcards[space] += destination == 0 ? 1 : 0;
    }

    /** Removes the entry under (space, spi, destination), if any. */
    public void remove(int space, int spi, int destination) {
        long key = key(spi, destination);
        int mask = table.length - 1;
        int i = home(space, key);
        while (table[i + 1] != 0 && (table[i] != key || (int) (table[i + 1] >>> 32) != space)) {
            i = (i + 2) & mask;
        }
        if (table[i + 1] == 0) {
            return;
        }
        size--;
        wildcards[space] -= destination == 0 ? 1 : 0;
        closeGap(i, mask);
    }

    /** Removes every entry. */
    public void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(filter, 0);
        Arrays.fill(wildcards, 0);
        size = 0;
    }

    /** Returns the number of entries. */
    public int size() {
        return size;
    }

    /** Empties pair {@code i} by shifting back every later entry of its cluster that may move closer to its home. */
    private void closeGap(int i, int mask) {
        int gap = i;
        for (int j = (gap + 2) & mask; table[j + 1] != 0; j = (j + 2) & mask) {
            if (((j - homeOfPair(j)) & mask) >= ((j - gap) & mask)) {
                table[gap] = table[j];
                table[gap + 1] = table[j + 1];
                gap = j;
            }
        }
        table[gap] = 0;
        table[gap + 1] = 0;
    }

    /** Sets the entry's two bits in the filter; a removed entry's bits stay set until the next growth rebuilds the filter. */
    private void remember(int space, long key) {
        long mixed = mix(space, key);
        int mask = filter.length * Long.SIZE - 1;
        int first = (int) mixed & mask;
        int second = (int) (mixed >>> 40) & mask;
        filter[first >>> 6] |= 1L << first;
        filter[second >>> 6] |= 1L << second;
    }

    private void allocate(int slots) {
        table = new long[2 * slots];
        filter = new long[Math.max(1, FILTER_BITS_PER_SLOT * slots / Long.SIZE)];
        shift = Long.SIZE - Integer.numberOfTrailingZeros(slots);
    }

    private void grow() {
        long[] old = table;
        allocate(old.length);
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                int space = (int) (old[j + 1] >>> 32);
                int i = home(space, old[j]);
                while (table[i + 1] != 0) {
                    i = (i + 2) & mask;
                }
                table[i] = old[j];
                table[i + 1] = old[j + 1];
                remember(space, old[j]);
            }
        }
    }

    /** Returns the index in {@link #table} of the home pair of the entry stored at pair {@code j}. */
    private int homeOfPair(int j) {
        return home((int) (table[j + 1] >>> 32), table[j]);
    }

    /** Returns the index in {@link #table} of the home pair of (space, key). */
    private int home(int space, long key) {
        return (int) (mix(space, key) >>> shift) << 1;
    }

    private static long mix(int space, long key) {
        return (key + space * SPACE_MIX) * FIBONACCI;
    }
}
