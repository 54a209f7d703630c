package io.sakit.reference.sadb;

import io.sakit.reference.classify.TupleSpaceClassifier;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The SA database of the reference implementation: the state-dependent checks of an add (capabilities,
 * duplicates, capacity, parser entries), bundles by handle, the inbound lookup, the classifier per
 * direction, and deletes that wipe keys. Every check runs before anything is stored, so a failed request
 * leaves no trace. Safe for concurrent use: changes take the write lock, lookups the read lock.
 */
public final class SaDatabase {

    private static final int ESP = 50;
    private static final int AH = 51;
    /** The most SAs the tables are sized for when the database is created; past them they grow as they fill. */
    private static final int PRESIZED_SAS = 1 << 20;

    private final IpsecOffloadV1 offload;
    private final int saCapacity;
    private final int parserEntryCapacity;
    private final BundleTable table;
    private final InboundIndex inboundIndex;
    private final TupleSpaceClassifier inboundFilters;
    private final TupleSpaceClassifier outboundFilters;
    private final ParserEntries entries;
    private final KeyStore keys = new KeyStore();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int liveSas;

    /**
     * Creates an empty database for an adapter with these capabilities, capacities and ABI.
     *
     * @throws IllegalArgumentException when the capacity does not fit the ABI's handles
     */
    public SaDatabase(IpsecOffloadV1 offload, int saCapacity, int parserEntryCapacity, Abi abi) {
        if (abi == Abi.X86 && saCapacity > BundleTable.MAX_X86_SLOTS) {
            throw new IllegalArgumentException("an x86 adapter can hold at most " + BundleTable.MAX_X86_SLOTS + " SAs");
        }
        this.offload = offload;
        this.saCapacity = saCapacity;
        this.parserEntryCapacity = parserEntryCapacity;
        int expected = Math.min(saCapacity, PRESIZED_SAS);
        this.table = new BundleTable(abi, expected);
        this.inboundIndex = new InboundIndex(expected);
        this.inboundFilters = new TupleSpaceClassifier(table.filters());
        this.outboundFilters = new TupleSpaceClassifier(table.filters());
        this.entries = new ParserEntries(abi.maxHandle());
    }

    /** Adds the bundle of a structurally valid ADD_SA request, or refuses it (SPEC.md 5.7 steps 5 to 7). */
    public AddResult add(AddSaRequest request) {
        Lock held = lock.writeLock();
        held.lock();
        try {
            Optional<Rejection> refusal = CapabilityRules.refusal(request, offload);
            if (refusal.isEmpty()) {
                refusal = duplicate(request, false);
            }
            if (refusal.isEmpty()) {
                refusal = capacity(request);
            }
            return refusal.isPresent() ? new AddResult.Refused(refusal.get()) : store(request, false, null);
        } finally {
            held.unlock();
        }
    }

    /** Adds the bundle of a structurally valid ADD_UDPESP_SA request, or refuses it (SPEC.md 12.1 steps 3 to 7). */
    public AddResult addUdpEsp(UdpEspAddRequest request) {
        return write(() -> {
            AddSaRequest sa = request.request();
            boolean inbound = sa.direction() == Direction.INBOUND;
            Optional<Rejection> refusal = CapabilityRules.refusal(request, offload)
                    .or(() -> inbound ? namedEntry(request.encapEntryHandle()) : Optional.empty())
                    .or(() -> duplicate(sa, true))
                    .or(() -> capacity(sa))
                    .or(() -> inbound && request.encapEntryHandle() == 0 ? parserCapacity(request.destinationEncapPort()) : Optional.empty());
            if (refusal.isPresent()) {
                return new AddResult.Refused(refusal.get());
            }
            return store(sa, true, inbound ? entryFor(request) : null);
        });
    }

    private Optional<Rejection> namedEntry(long entryHandle) {
        if (entryHandle == 0) {
            return Optional.empty();
        }
        ParserEntry entry = entries.get(entryHandle);
        return entry != null && !entry.isMarked() ? Optional.empty()
                : refuse(NdisStatus.INVALID_DATA, "UDP-ENT-002", "EncapTypeEntryOffldHandle does not name a live parser entry");
    }

    private Optional<Rejection> parserCapacity(int port) {
        return entries.reusable(port) != null || entries.size() < parserEntryCapacity ? Optional.empty()
                : refuse(NdisStatus.RESOURCES, "UDP-ENT-004", "all " + parserEntryCapacity + " parser entries are in use");
    }

    private ParserEntry entryFor(UdpEspAddRequest request) {
        if (request.encapEntryHandle() != 0) {
            return entries.get(request.encapEntryHandle());
        }
        ParserEntry reusable = entries.reusable(request.destinationEncapPort());
        return reusable != null ? reusable : entries.create(request.destinationEncapPort());
    }

    /** Returns the inbound space of an SA: UDP-ESP, else AH or ESP by its operation. */
    private static int space(boolean udpEsp, boolean authenticates) {
        return udpEsp ? InboundIndex.UDP_ESP : authenticates ? InboundIndex.AH : InboundIndex.ESP;
    }

    private Optional<Rejection> duplicate(AddSaRequest request, boolean udpEsp) {
        if (request.direction() != Direction.INBOUND) {
            return Optional.empty();
        }
        int destination = lookupDestination(request);
        for (var sa : request.securityAssociations()) {
            if (inboundIndex.contains(space(udpEsp, sa.operation() == Operation.AUTHENTICATE), sa.parameters().spi(), destination)) {
                return refuse(NdisStatus.INVALID_DATA, "ADD-DUP-001", "a live inbound " + sa.operation().protocolName() + " SA already has SPI 0x"
                        + String.format("%08X", sa.parameters().spi()) + " for this destination");
            }
        }
        return Optional.empty();
    }

    private static int lookupDestination(AddSaRequest request) {
        return BundleTable.lookupDestination(request.tunnel().source(), request.tunnel().destination(), request.filter().destinationAddress(),
                request.filter().destinationMask());
    }

    private Optional<Rejection> capacity(AddSaRequest request) {
        int needed = request.securityAssociations().size();
        return liveSas + needed <= saCapacity ? Optional.empty()
                : refuse(NdisStatus.RESOURCES, "CAP-CAP-002", liveSas + " of " + saCapacity + " SAs in use; the request needs " + needed);
    }

    private AddResult store(AddSaRequest request, boolean udpEsp, ParserEntry entry) {
        long handle = table.allocate();
        table.store(handle, request, udpEsp, entry == null ? 0 : entry.handle(), storeKeys(request));
        int slot = table.slot(handle);
        liveSas += table.size(slot);
        if (entry != null) {
            entry.addUser();
        }
        if (table.inbound(slot)) {
            int destination = table.lookupDestination(slot);
            for (int i = 0; i < table.size(slot); i++) {
                inboundIndex.put(space(udpEsp, table.authenticates(slot, i)), table.spi(slot, i), destination, slot);
            }
            inboundFilters.add(slot);
        } else {
            outboundFilters.add(slot);
        }
        return new AddResult.Added(handle, entry == null ? 0 : entry.handle());
    }

    /** Copies every key of the request into a range of the key store, SA by SA, the confidentiality key first, and returns its locator. */
    private long storeKeys(AddSaRequest request) {
        long locator = keys.reserve(request.keyLength());
        byte[] chunk = keys.chunk(locator);
        int offset = KeyStore.offset(locator);
        for (SecurityAssociation sa : request.securityAssociations()) {
            sa.confKey().copyInto(chunk, offset);
            offset += sa.confKey().length();
            sa.integrityKey().copyInto(chunk, offset);
            offset += sa.integrityKey().length();
        }
        return locator;
    }

    /** Deletes a bundle created by ADD_SA (SPEC.md 6.2), or refuses an unknown handle changing nothing. */
    public Optional<Rejection> delete(long handle) {
        return write(() -> {
            int slot = table.slot(handle);
            if (slot < 0 || table.udpEsp(slot)) {
                return refuse(NdisStatus.INVALID_DATA, "DEL-HDL-002", "no live ADD_SA bundle has handle 0x" + Long.toHexString(handle));
            }
            remove(slot);
            return Optional.empty();
        });
    }

    /** Deletes a UDP-ESP bundle and optionally releases its parser entry (SPEC.md 12.3), or refuses changing nothing. */
    public Optional<Rejection> deleteUdpEsp(long handle, long entryHandle) {
        return write(() -> {
            int slot = table.slot(handle);
            if (slot < 0 || !table.udpEsp(slot)) {
                return refuse(NdisStatus.INVALID_DATA, "UDP-DEL-003", "no live UDP-ESP bundle has handle 0x" + Long.toHexString(handle));
            }
            if (entryHandle != 0 && entryHandle != table.encapEntry(slot)) {
                return refuse(NdisStatus.INVALID_DATA, "UDP-DEL-003", "EncapTypeEntryOffldHandle 0x" + Long.toHexString(entryHandle)
                        + " is not the parser entry of that bundle");
            }
            ParserEntry entry = entries.get(table.encapEntry(slot));
            remove(slot);
            if (entry != null) {
                entries.release(entry);
                if (entryHandle != 0) {
                    entries.mark(entry);
                }
            }
            return Optional.empty();
        });
    }

    /** Removes the bundle in {@code slot}: out of every index, its state destroyed under its monitor, then its keys wiped. */
    private void remove(int slot) {
        liveSas -= table.size(slot);
        if (table.inbound(slot)) {
            int destination = table.lookupDestination(slot);
            for (int i = 0; i < table.size(slot); i++) {
                inboundIndex.remove(space(table.udpEsp(slot), table.authenticates(slot, i)), table.spi(slot, i), destination);
            }
            inboundFilters.remove(slot);
        } else {
            outboundFilters.remove(slot);
        }
        int keyLength = table.keyLength(slot);
        long locator = table.keyLocator(slot);
        BundleState state = table.remove(slot);
        if (state != null) {
            state.destroy();
        }
        keys.release(locator, keyLength);
    }

    /** Removes every bundle and parser entry and wipes every key, as on NIC removal (SPEC.md 13.2). */
    public void reset() {
        write(() -> {
            table.clear();
            inboundIndex.clear();
            inboundFilters.clear();
            outboundFilters.clear();
            entries.clear();
            keys.clear();
            liveSas = 0;
            return null;
        });
    }

    /** Returns the live bundle with this handle, or null. */
    public Bundle bundle(long handle) {
        Lock held = lock.readLock();
        held.lock();
        try {
            int slot = table.slot(handle);
            return slot < 0 ? null : new Bundle(table, keys, slot);
        } finally {
            held.unlock();
        }
    }

    /** Returns the live inbound plain bundle for (SPI, IP protocol 50 or 51, destination), exact before wildcard, or null. */
    public Bundle inbound(int ipProtocol, int spi, int destination) {
        int space = ipProtocol == AH ? InboundIndex.AH : ipProtocol == ESP ? InboundIndex.ESP : -1;
        if (space < 0) {
            return null;
        }
        Lock held = lock.readLock();
        held.lock();
        try {
            int slot = inboundIndex.find(space, spi, destination);
            return slot < 0 ? null : new Bundle(table, keys, slot);
        } finally {
            held.unlock();
        }
    }

    /** Returns the live inbound UDP-ESP bundle for (SPI, destination) whose parser entry has this port, or null (SPEC.md 12.4). */
    public Bundle inboundUdpEsp(int spi, int destination, int port) {
        return read(() -> {
            int slot = inboundIndex.find(InboundIndex.UDP_ESP, spi, destination);
            if (slot < 0) {
                return null;
            }
            ParserEntry entry = entries.get(table.encapEntry(slot));
            return entry != null && entry.port() == port ? new Bundle(table, keys, slot) : null;
        });
    }

    /** Returns whether a live parser entry, marked or not, has this UDP destination port. */
    public boolean isParserPort(int port) {
        return read(() -> entries.hasPort(port));
    }

    /** Returns the handles of the live bundles of {@code direction} whose filters match {@code flow} (SPEC.md 8.5). */
    public long[] matchingHandles(Direction direction, FlowKey flow) {
        return read(() -> {
            int[] slots = (direction == Direction.INBOUND ? inboundFilters : outboundFilters).matches(flow);
            long[] result = new long[slots.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = table.handle(slots[i]);
            }
            return result;
        });
    }

    /** Returns the number of live SAs (a bundle counts two). */
    public int liveSas() {
        return read(() -> liveSas);
    }

    /** Calls {@code action} with every live bundle, in handle-slot order, under the read lock. */
    public void forEachBundle(Consumer<Bundle> action) {
        read(() -> {
            table.forEachSlot(slot -> action.accept(new Bundle(table, keys, slot)));
            return null;
        });
    }

    /** Returns every live parser entry as (handle, port, users, marked) rows, in handle order. */
    public List<long[]> parserEntries() {
        return read(() -> {
            List<long[]> rows = new ArrayList<>();
            for (ParserEntry entry : entries.all()) {
                rows.add(new long[] {entry.handle(), entry.port(), entry.users(), entry.isMarked() ? 1 : 0});
            }
            return rows;
        });
    }

    private static Optional<Rejection> refuse(NdisStatus status, String requirementId, String reason) {
        return Optional.of(Rejection.of(status, requirementId, reason));
    }

    private <T> T write(java.util.function.Supplier<T> action) {
        return locked(lock.writeLock(), action);
    }

    private <T> T read(java.util.function.Supplier<T> action) {
        return locked(lock.readLock(), action);
    }

    private static <T> T locked(Lock held, java.util.function.Supplier<T> action) {
        held.lock();
        try {
            return action.get();
        } finally {
            held.unlock();
        }
    }
}
