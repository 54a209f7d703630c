package io.sakit.reference.sadb;

import java.util.Arrays;

/**
 * The inbound lookup of one space (plain ESP, plain AH or UDP-ESP): (SPI, destination) to bundle, in
 * an open-addressing table of primitive keys with linear probing and backward-shift deletion, so a
 * lookup costs one or two array probes and no allocation.
 */
public final class InboundIndex {

    private long[] keys = new long[16];
    private Bundle[] values = new Bundle[16];
    private int size;

    /** Returns the primitive key of (SPI, destination): the SPI in the high 32 bits. */
    public static long key(int spi, int destination) {
        return (long) spi << 32 | (destination & 0xFFFF_FFFFL);
    }

    /** Returns the bundle stored under exactly (spi, destination), or null. */
    public Bundle get(int spi, int destination) {
        long key = key(spi, destination);
        int mask = keys.length - 1;
        for (int i = index(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** Returns the bundle for a packet: the exact destination first, then the wildcard destination 0. */
    public Bundle find(int spi, int destination) {
        Bundle exact = get(spi, destination);
        return exact != null || destination == 0 ? exact : get(spi, 0);
    }

    /**
     * Stores {@code bundle} under (spi, destination).
     *
     * @throws IllegalStateException when the key is already present: the duplicate check runs before
     */
    public void put(int spi, int destination, Bundle bundle) {
        if (2 * (size + 1) > keys.length) {
            resize(keys.length * 2);
        }
        long key = key(spi, destination);
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (values[i] != null) {
            if (keys[i] == key) {
                throw new IllegalStateException("inbound key already present; the duplicate check must run first");
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = bundle;
        size++;
    }

    /** Removes the entry under (spi, destination), if any. */
    public void remove(int spi, int destination) {
        long key = key(spi, destination);
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        values[i] = null;
        size--;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = index(keys[j], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                values[j] = null;
                i = j;
            }
        }
    }

    /** Removes every entry. */
    public void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    /** Returns the number of entries. */
    public int size() {
        return size;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        Bundle[] oldValues = values;
        keys = new long[capacity];
        values = new Bundle[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
