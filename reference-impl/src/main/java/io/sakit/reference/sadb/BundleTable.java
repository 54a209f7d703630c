package io.sakit.reference.sadb;

import io.sakit.reference.classify.FilterTable;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.profile.Abi;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Live bundles by handle, as rows of primitive columns indexed by slot, with O(1) allocation, lookup and
 * release. A million bundles are a few dozen arrays: no object per bundle for the garbage collector to copy
 * when they are loaded, and no reference to write into a large array per add. The filters are a
 * {@link FilterTable} indexed by the same slots; {@link Bundle} is a snapshot of a row.
 *
 * <p>Handle encoding: the low bits hold the slot index plus one (so no handle is NULL); the high bits
 * hold the slot's generation, bumped at every reuse, so a deleted handle rarely comes back. On x64 the
 * slot takes the low 32 bits and the generation the high 32; on x86 the slot takes the low 24 bits and
 * the generation the high 8, which limits an x86 table to 16,777,214 live bundles.
 *
 * <p>Row layout: {@code kinds} packs the direction (bit 0), UDP-ESP (bit 1), the composition (bits 2-3: ESP,
 * AH, or ESP then AH) and the ordinals of the ESP algorithm and of the first and second integrity algorithms
 * (bits 4-7, 8-11, 12-15). Not thread-safe: the database serialises changes.
 */
final class BundleTable {

    /** The most slots an x86 handle can address. */
    static final int MAX_X86_SLOTS = 0xFF_FFFE;

    private static final int MIN_SLOTS = 64;
    private static final ConfAlgorithm[] CONF = ConfAlgorithm.values();
    private static final IntegrityAlgorithm[] INTEGRITY = IntegrityAlgorithm.values();
    private static final int INBOUND = 1;
    private static final int UDP_ESP = 2;
    private static final int COMPOSITION_SHIFT = 2;
    private static final int CONF_SHIFT = 4;
    private static final int FIRST_INTEGRITY_SHIFT = 8;
    private static final int SECOND_INTEGRITY_SHIFT = 12;

    private final Abi abi;
    private final FilterTable filters;
    private long[] handles;
    private int[] generations;
    private int[] kinds;
    private int[] tunnelSources;
    private int[] tunnelDestinations;
    private int[] firstSpis;
    private int[] secondSpis;
    private long[] encapEntries;
    private long[] keyLocators;
    private BundleState[] states;
    private int[] free = new int[16];
    private int freeCount;
    private int used;
    private int live;

    /** Creates an empty table for handles of {@code abi}, sized for {@code expected} bundles before it grows. */
    BundleTable(Abi abi, int expected) {
        this.abi = abi;
        int slots = Math.max(MIN_SLOTS, expected);
        this.filters = new FilterTable(slots);
        handles = new long[slots];
        generations = new int[slots];
        kinds = new int[slots];
        tunnelSources = new int[slots];
        tunnelDestinations = new int[slots];
        firstSpis = new int[slots];
        secondSpis = new int[slots];
        encapEntries = new long[slots];
        keyLocators = new long[slots];
        states = new BundleState[slots];
    }

    /** Returns the filters of the rows, by slot. */
    FilterTable filters() {
        return filters;
    }

    /** Returns the handle the next {@link #store} will use, reserving its slot. */
    long allocate() {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            slot = used++;
            if (slot >= handles.length) {
                grow();
            }
        }
        int generation = ++generations[slot];
        return abi == Abi.X64 ? (long) generation << 32 | (slot + 1L) : ((long) (generation & 0xFF) << 24) | (slot + 1L);
    }

    /** Stores the row of {@code request} under the handle {@link #allocate} returned; its keys are at {@code keyLocator}. */
    void store(long handle, AddSaRequest request, boolean udpEsp, long encapEntryHandle, long keyLocator) {
        int slot = slotOf(handle);
        SecurityAssociation first = request.securityAssociations().get(0);
        SaParameters second = request.isBundle() ? request.securityAssociations().get(1).parameters() : null;
        int composition = second != null ? 2 : first.operation() == Operation.AUTHENTICATE ? 1 : 0;
        kinds[slot] = (request.direction() == Direction.INBOUND ? INBOUND : 0) | (udpEsp ? UDP_ESP : 0) | composition << COMPOSITION_SHIFT
                | first.parameters().conf().ordinal() << CONF_SHIFT | first.parameters().integrity().ordinal() << FIRST_INTEGRITY_SHIFT
                | (second == null ? 0 : second.integrity().ordinal()) << SECOND_INTEGRITY_SHIFT;
        tunnelSources[slot] = request.tunnel().source();
        tunnelDestinations[slot] = request.tunnel().destination();
        firstSpis[slot] = first.parameters().spi();
        secondSpis[slot] = second == null ? 0 : second.spi();
        encapEntries[slot] = encapEntryHandle;
        keyLocators[slot] = keyLocator;
        filters.set(slot, request.filter());
        handles[slot] = handle;
        live++;
    }

    /** Returns the slot of the live bundle with this handle, or -1. */
    int slot(long handle) {
        long slot = (handle & (abi == Abi.X64 ? 0xFFFF_FFFFL : 0xFF_FFFFL)) - 1;
        if (slot < 0 || slot >= used || (abi == Abi.X86 && handle >>> 32 != 0)) {
            return -1;
        }
        return handles[(int) slot] == handle ? (int) slot : -1;
    }

    /** Returns the handle of the bundle in {@code slot}, or 0 when the slot is free. */
    long handle(int slot) {
        return handles[slot];
    }

    boolean inbound(int slot) {
        return (kinds[slot] & INBOUND) != 0;
    }

    boolean udpEsp(int slot) {
        return (kinds[slot] & UDP_ESP) != 0;
    }

    /** Returns the composition: 0 for one ESP SA, 1 for one AH SA, 2 for ESP then AH. */
    int composition(int slot) {
        return kinds[slot] >>> COMPOSITION_SHIFT & 3;
    }

    /** Returns the ESP algorithm of the first SA of the bundle in {@code slot} ({@code NONE} for AH). */
    ConfAlgorithm conf(int slot) {
        return CONF[kinds[slot] >>> CONF_SHIFT & 15];
    }

    /** Returns the integrity algorithm of SA {@code index} of the bundle in {@code slot} ({@code NONE} for a second SA that is absent). */
    IntegrityAlgorithm integrity(int slot, int index) {
        return INTEGRITY[kinds[slot] >>> (index == 0 ? FIRST_INTEGRITY_SHIFT : SECOND_INTEGRITY_SHIFT) & 15];
    }

    /** Returns the number of key bytes of every SA of the bundle in {@code slot} together. */
    int keyLength(int slot) {
        int length = conf(slot).keyLength() + integrity(slot, 0).keyLength();
        return size(slot) == 2 ? length + integrity(slot, 1).keyLength() : length;
    }

    /** Returns the number of SAs in the bundle of {@code slot}: 1, or 2 for ESP then AH. */
    int size(int slot) {
        return composition(slot) == 2 ? 2 : 1;
    }

    /** Returns the SPI of SA {@code index} of the bundle in {@code slot}. */
    int spi(int slot, int index) {
        return index == 0 ? firstSpis[slot] : secondSpis[slot];
    }

    /** Returns whether SA {@code index} of the bundle in {@code slot} is an AH SA. */
    boolean authenticates(int slot, int index) {
        return index == 1 || composition(slot) == 1;
    }

    int tunnelSource(int slot) {
        return tunnelSources[slot];
    }

    int tunnelDestination(int slot) {
        return tunnelDestinations[slot];
    }

    long encapEntry(int slot) {
        return encapEntries[slot];
    }

    long keyLocator(int slot) {
        return keyLocators[slot];
    }

    /** Returns the destination the inbound bundle in {@code slot} is found by (SPEC.md section 8.1): 0 is the wildcard. */
    int lookupDestination(int slot) {
        return lookupDestination(tunnelSources[slot], tunnelDestinations[slot], filters.destinationAddress(slot), filters.destinationMask(slot));
    }

    /**
     * Returns the destination an inbound bundle with these tunnel endpoints and filter destination is found by
     * (SPEC.md section 8.1): the tunnel's destination, else the filter's host destination, else 0, the wildcard.
     */
    static int lookupDestination(int tunnelSource, int tunnelDestination, int destinationAddress, int destinationMask) {
        if (tunnelSource != 0) {
            return tunnelDestination;
        }
        return destinationAddress != 0 && (destinationMask == 0 || destinationMask == -1) ? destinationAddress : 0;
    }

    /** Returns the state of the live bundle in {@code slot}, creating it on first use; callers hold the database's read lock. */
    synchronized BundleState state(int slot) {
        BundleState state = states[slot];
        if (state == null) {
            state = BundleState.live(handles[slot]);
            states[slot] = state;
        }
        return state;
    }

    /** Removes the bundle in {@code slot} and returns its state, or null when it never had one; the slot becomes free. */
    BundleState remove(int slot) {
        BundleState state = states[slot];
        states[slot] = null;
        handles[slot] = 0;
        live--;
        pushFree(slot);
        return state;
    }

    /** Calls {@code action} with the slot of every live bundle, in slot order. */
    void forEachSlot(IntConsumer action) {
        for (int slot = 0; slot < used; slot++) {
            if (handles[slot] != 0) {
                action.accept(slot);
            }
        }
    }

    /** Returns the number of live bundles. */
    int size() {
        return live;
    }

    /** Removes every bundle, destroying every state; generations are kept so old handles stay unknown. */
    void clear() {
        for (int slot = 0; slot < used; slot++) {
            if (states[slot] != null) {
                states[slot].destroy();
            }
        }
        Arrays.fill(states, 0, used, null);
        Arrays.fill(handles, 0, used, 0);
        freeCount = 0;
        for (int slot = used - 1; slot >= 0; slot--) {
            pushFree(slot);
        }
        live = 0;
    }

    private void pushFree(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
    }

    private int slotOf(long handle) {
        return (int) ((handle & (abi == Abi.X64 ? 0xFFFF_FFFFL : 0xFF_FFFFL)) - 1);
    }

    private void grow() {
        int length = 2 * handles.length;
        handles = Arrays.copyOf(handles, length);
        generations = Arrays.copyOf(generations, length);
        kinds = Arrays.copyOf(kinds, length);
        tunnelSources = Arrays.copyOf(tunnelSources, length);
        tunnelDestinations = Arrays.copyOf(tunnelDestinations, length);
        firstSpis = Arrays.copyOf(firstSpis, length);
        secondSpis = Arrays.copyOf(secondSpis, length);
        encapEntries = Arrays.copyOf(encapEntries, length);
        keyLocators = Arrays.copyOf(keyLocators, length);
        states = Arrays.copyOf(states, length);
    }
}
