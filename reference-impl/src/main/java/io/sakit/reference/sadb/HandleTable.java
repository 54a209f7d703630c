package io.sakit.reference.sadb;

import io.sakit.spec.profile.Abi;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Live bundles by handle, with O(1) allocation, lookup and release.
 *
 * <p>Handle encoding: the low bits hold the slot index plus one (so no handle is NULL); the high bits
 * hold the slot's generation, bumped at every reuse, so a deleted handle rarely comes back. On x64 the
 * slot takes the low 32 bits and the generation the high 32; on x86 the slot takes the low 24 bits and
 * the generation the high 8, which limits an x86 table to 16,777,214 live bundles.
 */
final class HandleTable {

    /** The most slots an x86 handle can address. */
    static final int MAX_X86_SLOTS = 0xFF_FFFE;

    private final Abi abi;
    private Bundle[] slots = new Bundle[64];
    private int[] generations = new int[64];
    private int[] free = new int[16];
    private int freeCount;
    private int used;
    private int live;

    HandleTable(Abi abi) {
        this.abi = abi;
    }

    /** Returns the handle the next {@link #put} will use, reserving its slot. */
    long allocate() {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            slot = used++;
            if (slot >= slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
                generations = Arrays.copyOf(generations, generations.length * 2);
            }
        }
        int generation = ++generations[slot];
        return abi == Abi.X64 ? (long) generation << 32 | (slot + 1L) : ((long) (generation & 0xFF) << 24) | (slot + 1L);
    }

    /** Stores a bundle under the handle {@link #allocate} returned. */
    void put(Bundle bundle) {
        slots[slot(bundle.handle())] = bundle;
        live++;
    }

    /** Gives back a handle that was allocated but never used by {@link #put}. */
    void release(long handle) {
        pushFree(slot(handle));
    }

    /** Returns the live bundle with this handle, or null. */
    Bundle get(long handle) {
        long slot = (handle & (abi == Abi.X64 ? 0xFFFF_FFFFL : 0xFF_FFFFL)) - 1;
        if (slot < 0 || slot >= used || (abi == Abi.X86 && handle >>> 32 != 0)) {
            return null;
        }
        Bundle bundle = slots[(int) slot];
        return bundle != null && bundle.handle() == handle ? bundle : null;
    }

    /** Removes the bundle with this handle; its slot becomes free. */
    void remove(Bundle bundle) {
        int slot = slot(bundle.handle());
        slots[slot] = null;
        live--;
        pushFree(slot);
    }

    /** Calls {@code action} for every live bundle in slot order. */
    void forEach(Consumer<Bundle> action) {
        for (int i = 0; i < used; i++) {
            if (slots[i] != null) {
                action.accept(slots[i]);
            }
        }
    }

    /** Returns the number of live bundles. */
    int size() {
        return live;
    }

    /** Removes every bundle; generations are kept so old handles stay unknown. */
    void clear() {
        Arrays.fill(slots, 0, used, null);
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

    private int slot(long handle) {
        return (int) ((handle & (abi == Abi.X64 ? 0xFFFF_FFFFL : 0xFF_FFFFL)) - 1);
    }
}
