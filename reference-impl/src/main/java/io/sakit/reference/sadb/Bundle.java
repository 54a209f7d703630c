package io.sakit.reference.sadb;

import io.sakit.reference.classify.FilterTable;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import java.util.Arrays;
import java.util.function.Function;
import javax.security.auth.Destroyable;

/**
 * The SAs one ADD_SA or ADD_UDPESP_SA request created, under one handle: one SA, or an ESP SA then an AH SA.
 * A bundle is a snapshot of its row in the database's {@code BundleTable}, taken under the database's lock, so
 * its fields stay consistent whatever happens to the row afterwards; its keys and crypto state are reached
 * only under its {@link #monitor()}, the one object all snapshots of a bundle share, which a delete takes
 * before it wipes them.
 */
public final class Bundle {

    private final long handle;
    private final boolean inbound;
    private final boolean udpEsp;
    private final int composition;
    private final int tunnelSource;
    private final int tunnelDestination;
    private final int firstSpi;
    private final int secondSpi;
    private final ConfAlgorithm conf;
    private final IntegrityAlgorithm firstIntegrity;
    private final IntegrityAlgorithm secondIntegrity;
    private final long encapEntryHandle;
    private final int sourceAddress;
    private final int sourceMask;
    private final int destinationAddress;
    private final int destinationMask;
    private final int protocol;
    private final int ports;
    private final byte[] keyChunk;
    private final int keyOffset;
    private final BundleState state;

    /** Takes the snapshot of the live row in {@code slot}, with the bundle's state; the caller holds the database's lock. */
    Bundle(BundleTable table, KeyStore keys, int slot) {
        this.handle = table.handle(slot);
        this.inbound = table.inbound(slot);
        this.udpEsp = table.udpEsp(slot);
        this.composition = table.composition(slot);
        this.tunnelSource = table.tunnelSource(slot);
        this.tunnelDestination = table.tunnelDestination(slot);
        this.firstSpi = table.spi(slot, 0);
        this.secondSpi = table.spi(slot, 1);
        this.conf = table.conf(slot);
        this.firstIntegrity = table.integrity(slot, 0);
        this.secondIntegrity = table.integrity(slot, 1);
        this.encapEntryHandle = table.encapEntry(slot);
        FilterTable filters = table.filters();
        this.sourceAddress = filters.sourceAddress(slot);
        this.sourceMask = filters.sourceMask(slot);
        this.destinationAddress = filters.destinationAddress(slot);
        this.destinationMask = filters.destinationMask(slot);
        this.protocol = filters.protocol(slot);
        this.ports = filters.ports(slot);
        long locator = table.keyLocator(slot);
        this.keyChunk = keys.chunk(locator);
        this.keyOffset = KeyStore.offset(locator);
        this.state = table.state(slot);
    }

    /** Returns the handle the adapter gave this bundle. */
    public long handle() {
        return handle;
    }

    /** Returns the direction of every SA in the bundle. */
    public Direction direction() {
        return inbound ? Direction.INBOUND : Direction.OUTBOUND;
    }

    /** Returns the tunnel endpoints (both zero for transport mode). */
    public Tunnel tunnel() {
        return new Tunnel(tunnelSource, tunnelDestination);
    }

    /** Returns whether the SAs are tunnel-mode SAs. */
    public boolean isTunnel() {
        return tunnelSource != 0;
    }

    /** Returns the number of SAs: 1, or 2 for an ESP-then-AH bundle. */
    public int size() {
        return composition == 2 ? 2 : 1;
    }

    /** Returns whether this bundle came from ADD_UDPESP_SA. */
    public boolean isUdpEsp() {
        return udpEsp;
    }

    /** Returns the parser entry an inbound UDP-ESP SA uses, or 0. */
    public long encapEntryHandle() {
        return encapEntryHandle;
    }

    /** Returns the filter of the bundle's SAs. */
    public Filter filter() {
        return new Filter(sourceAddress, sourceMask, destinationAddress, destinationMask, protocol, ports >>> 16, ports & 0xFFFF);
    }

    /** Returns whether a packet with these header fields passes the bundle's filter (SPEC.md section 7). */
    public boolean matches(FlowKey flow) {
        return filter().matches(flow);
    }

    /** Returns the parameters of SA {@code index} (0, or 1 for the AH SA of a bundle). */
    public SaParameters parameters(int index) {
        if (index == 0) {
            return new SaParameters(composition == 1 ? Operation.AUTHENTICATE : Operation.ENCRYPT, firstSpi, conf, firstIntegrity);
        }
        if (index == 1 && composition == 2) {
            return new SaParameters(Operation.AUTHENTICATE, secondSpi, ConfAlgorithm.NONE, secondIntegrity);
        }
        throw new IndexOutOfBoundsException("bundle has " + size() + " SA(s), no SA " + index);
    }

    /** Returns the SA whose header is outermost on the wire: the AH SA of a bundle, otherwise the only SA. */
    public SaParameters outermost() {
        return parameters(size() - 1);
    }

    /** Returns the destination this inbound bundle is found by (SPEC.md section 8.1): 0 is the wildcard. */
    public int lookupDestination() {
        return BundleTable.lookupDestination(tunnelSource, tunnelDestination, destinationAddress, destinationMask);
    }

    /**
     * Returns the bundle's monitor: the one object every view of this bundle synchronises on while it uses the
     * keys or the crypto state, and that a delete takes before it wipes them.
     */
    public Object monitor() {
        return state;
    }

    /**
     * Returns a copy of the confidentiality key (when {@code confidentiality}) or the integrity key of SA {@code index}.
     *
     * @throws IllegalStateException when the bundle was deleted and its keys wiped
     */
    public KeyMaterial key(int index, boolean confidentiality) {
        synchronized (state) {
            requireLive();
            int offset = 0;
            for (int i = 0; i < index; i++) {
                offset += parameters(i).keyLength();
            }
            SaParameters p = parameters(index);
            int start = confidentiality ? offset : offset + p.conf().keyLength();
            int length = confidentiality ? p.conf().keyLength() : p.integrity().keyLength();
            return KeyMaterial.copyOfRange(keyChunk, keyOffset + start, length);
        }
    }

    /**
     * Returns the bundle's crypto state, creating it with {@code factory} on first use; crypto objects are
     * keyed once per SA. Callers hold the bundle's {@link #monitor()} while they use the state.
     *
     * @throws IllegalStateException when the bundle was deleted
     */
    public <C extends Destroyable> C crypto(Class<C> type, Function<Bundle, C> factory) {
        synchronized (state) {
            requireLive();
            if (state.crypto() == null) {
                state.crypto(factory.apply(this));
            }
            return type.cast(state.crypto());
        }
    }

    /** Returns whether the bundle was deleted. */
    public boolean isDeleted() {
        synchronized (state) {
            return state.isDeleted();
        }
    }

    /**
     * Returns whether this bundle's key range holds the keys of {@code sa}, confidentiality key first, at its
     * start; once the bundle is deleted it must not, whether the range is still free or another bundle's.
     */
    boolean rangeHoldsKeysOf(SecurityAssociation sa) {
        byte[] expected = new byte[sa.confKey().length() + sa.integrityKey().length()];
        sa.confKey().copyInto(expected, 0);
        sa.integrityKey().copyInto(expected, sa.confKey().length());
        boolean holds;
        synchronized (state) {
            holds = Arrays.equals(keyChunk, keyOffset, keyOffset + expected.length, expected, 0, expected.length);
        }
        Arrays.fill(expected, (byte) 0);
        return holds;
    }

    private void requireLive() {
        if (state.isDeleted()) {
            throw new IllegalStateException("bundle " + Long.toHexString(handle) + " was deleted");
        }
    }

    @Override
    public String toString() {
        return "Bundle[" + Long.toHexString(handle) + " " + direction() + " " + tunnel() + " " + filter() + "]";
    }
}
