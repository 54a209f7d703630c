package io.sakit.reference.sadb;

import io.sakit.reference.classify.FilterEntry;
import io.sakit.reference.classify.TupleSpaceClassifier;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
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

    private final IpsecOffloadV1 offload;
    private final int saCapacity;
    private final int parserEntryCapacity;
    private final HandleTable handles;
    private final InboundIndex espIndex = new InboundIndex();
    private final InboundIndex ahIndex = new InboundIndex();
    private final InboundIndex udpEspIndex = new InboundIndex();
    private final TupleSpaceClassifier inboundFilters = new TupleSpaceClassifier();
    private final TupleSpaceClassifier outboundFilters = new TupleSpaceClassifier();
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
        if (abi == Abi.X86 && saCapacity > HandleTable.MAX_X86_SLOTS) {
            throw new IllegalArgumentException("an x86 adapter can hold at most " + HandleTable.MAX_X86_SLOTS + " SAs");
        }
        this.offload = offload;
        this.saCapacity = saCapacity;
        this.parserEntryCapacity = parserEntryCapacity;
        this.handles = new HandleTable(abi);
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

    /** Returns the inbound index of an SA: the UDP-ESP one, else the AH or the ESP one by its operation. */
    private InboundIndex index(boolean udpEsp, boolean authenticates) {
        return udpEsp ? udpEspIndex : authenticates ? ahIndex : espIndex;
    }

    private Optional<Rejection> duplicate(AddSaRequest request, boolean udpEsp) {
        if (request.direction() != Direction.INBOUND) {
            return Optional.empty();
        }
        int destination = lookupDestination(request);
        for (var sa : request.securityAssociations()) {
            if (index(udpEsp, sa.operation() == Operation.AUTHENTICATE).contains(sa.parameters().spi(), destination)) {
                return refuse(NdisStatus.INVALID_DATA, "ADD-DUP-001", "a live inbound " + sa.operation().protocolName() + " SA already has SPI 0x"
                        + String.format("%08X", sa.parameters().spi()) + " for this destination");
            }
        }
        return Optional.empty();
    }

    private static int lookupDestination(AddSaRequest request) {
        if (request.tunnel().isTunnel()) {
            return request.tunnel().destination();
        }
        int address = request.filter().destinationAddress();
        int mask = request.filter().destinationMask();
        return address != 0 && (mask == 0 || mask == -1) ? address : 0;
    }

    private Optional<Rejection> capacity(AddSaRequest request) {
        int needed = request.securityAssociations().size();
        return liveSas + needed <= saCapacity ? Optional.empty()
                : refuse(NdisStatus.RESOURCES, "CAP-CAP-002", liveSas + " of " + saCapacity + " SAs in use; the request needs " + needed);
    }

    private AddResult store(AddSaRequest request, boolean udpEsp, ParserEntry entry) {
        long handle = handles.allocate();
        Bundle bundle = new Bundle(handle, request, udpEsp, entry == null ? 0 : entry.handle(), keys);
        handles.put(bundle);
        liveSas += bundle.size();
        if (entry != null) {
            entry.addUser();
        }
        if (bundle.direction() == Direction.INBOUND) {
            int destination = bundle.lookupDestination();
            for (int i = 0; i < bundle.size(); i++) {
                index(bundle.isUdpEsp(), bundle.authenticates(i)).put(bundle.spi(i), destination, bundle);
            }
            inboundFilters.add(bundle);
        } else {
            outboundFilters.add(bundle);
        }
        return new AddResult.Added(handle, entry == null ? 0 : entry.handle());
    }

    /** Deletes a bundle created by ADD_SA (SPEC.md 6.2), or refuses an unknown handle changing nothing. */
    public Optional<Rejection> delete(long handle) {
        return write(() -> {
            Bundle bundle = handles.get(handle);
            if (bundle == null || bundle.isUdpEsp()) {
                return refuse(NdisStatus.INVALID_DATA, "DEL-HDL-002", "no live ADD_SA bundle has handle 0x" + Long.toHexString(handle));
            }
            remove(bundle);
            return Optional.empty();
        });
    }

    /** Deletes a UDP-ESP bundle and optionally releases its parser entry (SPEC.md 12.3), or refuses changing nothing. */
    public Optional<Rejection> deleteUdpEsp(long handle, long entryHandle) {
        return write(() -> {
            Bundle bundle = handles.get(handle);
            if (bundle == null || !bundle.isUdpEsp()) {
                return refuse(NdisStatus.INVALID_DATA, "UDP-DEL-003", "no live UDP-ESP bundle has handle 0x" + Long.toHexString(handle));
            }
            if (entryHandle != 0 && entryHandle != bundle.encapEntryHandle()) {
                return refuse(NdisStatus.INVALID_DATA, "UDP-DEL-003", "EncapTypeEntryOffldHandle 0x" + Long.toHexString(entryHandle)
                        + " is not the parser entry of that bundle");
            }
            ParserEntry entry = entries.get(bundle.encapEntryHandle());
            remove(bundle);
            if (entry != null) {
                entries.release(entry);
                if (entryHandle != 0) {
                    entries.mark(entry);
                }
            }
            return Optional.empty();
        });
    }

    private void remove(Bundle bundle) {
        handles.remove(bundle);
        liveSas -= bundle.size();
        if (bundle.direction() == Direction.INBOUND) {
            int destination = bundle.lookupDestination();
            for (int i = 0; i < bundle.size(); i++) {
                index(bundle.isUdpEsp(), bundle.authenticates(i)).remove(bundle.spi(i), destination);
            }
            inboundFilters.remove(bundle);
        } else {
            outboundFilters.remove(bundle);
        }
        bundle.destroy();
        bundle.releaseKeys(keys);
    }

    /** Removes every bundle and parser entry and wipes every key, as on NIC removal (SPEC.md 13.2). */
    public void reset() {
        write(() -> {
            handles.forEach(Bundle::destroy);
            handles.clear();
            espIndex.clear();
            ahIndex.clear();
            udpEspIndex.clear();
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
            return handles.get(handle);
        } finally {
            held.unlock();
        }
    }

    /** Returns the live inbound plain bundle for (SPI, IP protocol 50 or 51, destination), exact before wildcard, or null. */
    public Bundle inbound(int ipProtocol, int spi, int destination) {
        InboundIndex index = ipProtocol == AH ? ahIndex : ipProtocol == ESP ? espIndex : null;
        if (index == null) {
            return null;
        }
        Lock held = lock.readLock();
        held.lock();
        try {
            return index.find(spi, destination);
        } finally {
            held.unlock();
        }
    }

    /** Returns the live inbound UDP-ESP bundle for (SPI, destination) whose parser entry has this port, or null (SPEC.md 12.4). */
    public Bundle inboundUdpEsp(int spi, int destination, int port) {
        return read(() -> {
            Bundle bundle = udpEspIndex.find(spi, destination);
            if (bundle == null) {
                return null;
            }
            ParserEntry entry = entries.get(bundle.encapEntryHandle());
            return entry != null && entry.port() == port ? bundle : null;
        });
    }

    /** Returns whether a live parser entry, marked or not, has this UDP destination port. */
    public boolean isParserPort(int port) {
        return read(() -> entries.hasPort(port));
    }

    /** Returns the handles of the live bundles of {@code direction} whose filters match {@code flow} (SPEC.md 8.5). */
    public long[] matchingHandles(Direction direction, FlowKey flow) {
        return read(() -> {
            List<FilterEntry> found = (direction == Direction.INBOUND ? inboundFilters : outboundFilters).matches(flow);
            long[] result = new long[found.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = ((Bundle) found.get(i)).handle();
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
            handles.forEach(action);
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
