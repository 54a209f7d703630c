package io.sakit.reference.sadb;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parser entries: by handle, by port for the receive path, and the unmarked entry to reuse per
 * port. Entry handles count up from 1 and skip any value still live, so they are never NULL and
 * unique among live entries.
 */
final class ParserEntries {

    private final Map<Long, ParserEntry> byHandle = new TreeMap<>();
    private final Map<Integer, ParserEntry> reusableByPort = new HashMap<>();
    private final Map<Integer, Integer> entriesPerPort = new HashMap<>();
    private final long maxHandle;
    private long lastHandle;

    ParserEntries(long maxHandle) {
        this.maxHandle = maxHandle;
    }

    /** Returns the live entry with this handle, or null. */
    ParserEntry get(long handle) {
        return byHandle.get(handle);
    }

    /** Returns the live unmarked entry for this port, or null. */
    ParserEntry reusable(int port) {
        return reusableByPort.get(port);
    }

    /** Returns whether any live entry, marked or not, has this port. */
    boolean hasPort(int port) {
        return entriesPerPort.containsKey(port);
    }

    int size() {
        return byHandle.size();
    }

    ParserEntry create(int port) {
        long handle = lastHandle;
        do {
            handle = handle == maxHandle ? 1 : handle + 1;
        } while (byHandle.containsKey(handle));
        lastHandle = handle;
        ParserEntry entry = new ParserEntry(handle, port);
        byHandle.put(handle, entry);
        reusableByPort.put(port, entry);
        entriesPerPort.merge(port, 1, Integer::sum);
        return entry;
    }

    /** Marks the entry for removal; it is removed once no bundle uses it. */
    void mark(ParserEntry entry) {
        entry.mark();
        reusableByPort.remove(entry.port(), entry);
        removeIfUnused(entry);
    }

    void release(ParserEntry entry) {
        entry.removeUser();
        removeIfUnused(entry);
    }

    private void removeIfUnused(ParserEntry entry) {
        if (entry.removable()) {
            byHandle.remove(entry.handle());
            entriesPerPort.computeIfPresent(entry.port(), (port, count) -> count == 1 ? null : count - 1);
        }
    }

    Collection<ParserEntry> all() {
        return byHandle.values();
    }

    void clear() {
        byHandle.clear();
        reusableByPort.clear();
        entriesPerPort.clear();
    }
}
