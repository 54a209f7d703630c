package io.sakit.reference.sadb;

import io.sakit.reference.classify.FilterEntry;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import java.util.Arrays;
import java.util.function.Function;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * The SAs one ADD_SA or ADD_UDPESP_SA request created, under one handle: one SA, or an ESP SA then an AH
 * SA. Stored compactly (a million of them must fit in a few hundred megabytes): algorithms and SPIs as
 * numbers, every key in one range of the database's {@link KeyStore}, crypto objects created on first use.
 */
public final class Bundle extends FilterEntry {

    private static final ConfAlgorithm[] CONF = ConfAlgorithm.values();
    private static final IntegrityAlgorithm[] INTEGRITY = IntegrityAlgorithm.values();

    private final long handle;
    private final boolean inbound;
    private final boolean udpEsp;
    private final int tunnelSource;
    private final int tunnelDestination;
    private final int firstSpi;
    private final int secondSpi;
    private final byte shape;
    private final byte conf;
    private final byte firstIntegrity;
    private final byte secondIntegrity;
    private final long encapEntryHandle;
    private final byte[] keyChunk;
    private final int keyOffset;
    private Destroyable crypto;
    private boolean deleted;

    Bundle(long handle, AddSaRequest request, boolean udpEsp, long encapEntryHandle, KeyStore keys) {
        super(request.filter());
        this.handle = handle;
        this.inbound = request.direction() == Direction.INBOUND;
        this.udpEsp = udpEsp;
        this.tunnelSource = request.tunnel().source();
        this.tunnelDestination = request.tunnel().destination();
        SecurityAssociation first = request.securityAssociations().get(0);
        SecurityAssociation second = request.isBundle() ? request.securityAssociations().get(1) : null;
        this.firstSpi = first.parameters().spi();
        this.secondSpi = second == null ? 0 : second.parameters().spi();
        this.shape = (byte) (second != null ? 2 : first.operation() == Operation.AUTHENTICATE ? 1 : 0);
        this.conf = (byte) first.parameters().conf().ordinal();
        this.firstIntegrity = (byte) first.parameters().integrity().ordinal();
        this.secondIntegrity = (byte) (second == null ? 0 : second.parameters().integrity().ordinal());
        this.encapEntryHandle = encapEntryHandle;
        KeyStore.KeyRange range = keys.reserve(keyLength());
        this.keyChunk = range.chunk();
        this.keyOffset = range.offset();
        copyKeys(request);
    }

    /** Copies every key of the request into this bundle's range: SA by SA, the confidentiality key first. */
    private void copyKeys(AddSaRequest request) {
        int offset = keyOffset;
        for (SecurityAssociation sa : request.securityAssociations()) {
            sa.confKey().copyInto(keyChunk, offset);
            offset += sa.confKey().length();
            sa.integrityKey().copyInto(keyChunk, offset);
            offset += sa.integrityKey().length();
        }
    }

    /** Returns the number of key bytes of every SA together. */
    private int keyLength() {
        int length = CONF[conf].keyLength() + INTEGRITY[firstIntegrity].keyLength();
        return shape == 2 ? length + INTEGRITY[secondIntegrity].keyLength() : length;
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
        return shape == 2 ? 2 : 1;
    }

    /** Returns whether this bundle came from ADD_UDPESP_SA. */
    public boolean isUdpEsp() {
        return udpEsp;
    }

    /** Returns the parser entry an inbound UDP-ESP SA uses, or 0. */
    public long encapEntryHandle() {
        return encapEntryHandle;
    }

    /** Returns the parameters of SA {@code index} (0, or 1 for the AH SA of a bundle). */
    public SaParameters parameters(int index) {
        if (index == 0) {
            Operation operation = shape == 1 ? Operation.AUTHENTICATE : Operation.ENCRYPT;
            return new SaParameters(operation, firstSpi, CONF[conf], INTEGRITY[firstIntegrity]);
        }
        if (index == 1 && shape == 2) {
            return new SaParameters(Operation.AUTHENTICATE, secondSpi, ConfAlgorithm.NONE, INTEGRITY[secondIntegrity]);
        }
        throw new IndexOutOfBoundsException("bundle has " + size() + " SA(s), no SA " + index);
    }

    /** Returns the SPI of SA {@code index} (0, or 1 for the AH SA of a bundle) without building its parameters. */
    int spi(int index) {
        return index == 0 ? firstSpi : secondSpi;
    }

    /** Returns whether SA {@code index} is an AH SA, without building its parameters. */
    boolean authenticates(int index) {
        return index == 1 || shape == 1;
    }

    /** Returns the SA whose header is outermost on the wire: the AH SA of a bundle, otherwise the only SA. */
    public SaParameters outermost() {
        return parameters(size() - 1);
    }

    /** Returns the destination this inbound bundle is found by (SPEC.md section 8.1): 0 is the wildcard. */
    public int lookupDestination() {
        if (isTunnel()) {
            return tunnelDestination;
        }
        int mask = destinationMask();
        int address = destinationAddress();
        return address != 0 && (mask == 0 || mask == -1) ? address : 0;
    }

    /**
     * Returns a copy of the confidentiality key (when {@code confidentiality}) or the integrity key of SA {@code index}.
     *
     * @throws IllegalStateException when the bundle was deleted and its keys wiped
     */
    public KeyMaterial key(int index, boolean confidentiality) {
        synchronized (this) {
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
     * keyed once per SA. Callers hold the bundle's monitor while they use the state.
     *
     * @throws IllegalStateException when the bundle was deleted
     */
    public <C extends Destroyable> C crypto(Class<C> type, Function<Bundle, C> factory) {
        synchronized (this) {
            requireLive();
            if (crypto == null) {
                crypto = factory.apply(this);
            }
            return type.cast(crypto);
        }
    }

    /** Returns whether the bundle was deleted. */
    public synchronized boolean isDeleted() {
        return deleted;
    }

    /** Marks the bundle deleted and wipes its keys, in its range and in its crypto state. */
    synchronized void destroy() {
        deleted = true;
        Arrays.fill(keyChunk, keyOffset, keyOffset + keyLength(), (byte) 0);
        if (crypto != null) {
            try {
                crypto.destroy();
            } catch (DestroyFailedException e) {
                throw new IllegalStateException("crypto state of bundle " + handle + " could not be destroyed", e);
            }
            crypto = null;
        }
    }

    /**
     * Returns whether this bundle's key range holds the keys of {@code sa}, confidentiality key first, at its
     * start; once the bundle is deleted it must not, whether the range is still free or another bundle's.
     */
    synchronized boolean rangeHoldsKeysOf(SecurityAssociation sa) {
        byte[] expected = new byte[sa.confKey().length() + sa.integrityKey().length()];
        sa.confKey().copyInto(expected, 0);
        sa.integrityKey().copyInto(expected, sa.confKey().length());
        boolean holds = Arrays.equals(keyChunk, keyOffset, keyOffset + expected.length, expected, 0, expected.length);
        Arrays.fill(expected, (byte) 0);
        return holds;
    }

    /** Gives the range of this destroyed bundle's wiped keys back to {@code keys}, for the next bundle. */
    void releaseKeys(KeyStore keys) {
        keys.release(new KeyStore.KeyRange(keyChunk, keyOffset), keyLength());
    }

    private void requireLive() {
        if (deleted) {
            throw new IllegalStateException("bundle " + handle + " was deleted");
        }
    }

    @Override
    public String toString() {
        return "Bundle[" + Long.toHexString(handle) + " " + direction() + " " + tunnel() + " " + filter() + "]";
    }
}
