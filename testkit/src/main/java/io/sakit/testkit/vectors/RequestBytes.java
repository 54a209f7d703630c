package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.vector.HandleCopy;
import io.sakit.spec.vector.RequestStep;
import java.util.Arrays;
import java.util.List;

/**
 * An ADD_SA or ADD_UDPESP_SA information buffer being edited: each method pokes one field at its
 * {@link AddSaLayout} offset for the ABI, so a test carries exactly the faults it is about.
 */
final class RequestBytes {

    private final AddSaLayout layout;
    private final Abi abi;
    private byte[] buffer;

    RequestBytes(byte[] buffer, AddSaLayout layout, Abi abi) {
        this.buffer = buffer.clone();
        this.layout = layout;
        this.abi = abi;
    }

    /** Returns an independent copy. */
    RequestBytes copy() {
        return new RequestBytes(buffer, layout, abi);
    }

    RequestBytes u16le(int offset, int value) {
        Bytes.put16le(buffer, offset, value);
        return this;
    }

    RequestBytes u32le(int offset, int value) {
        Bytes.put32le(buffer, offset, value);
        return this;
    }

    RequestBytes u32be(int offset, int value) {
        Bytes.put32be(buffer, offset, value);
        return this;
    }

    RequestBytes u16be(int offset, int value) {
        Bytes.put16be(buffer, offset, value);
        return this;
    }

    RequestBytes flags(int value) {
        return u16le(AddSaLayout.FLAGS, value);
    }

    RequestBytes numSas(int value) {
        return u16le(AddSaLayout.NUM_SAS, value);
    }

    /** Writes field {@code fieldOffset} (an {@link SaImage} offset) of SecAssoc[{@code sa}], little-endian. */
    RequestBytes sa(int sa, int fieldOffset, int value) {
        return u32le(AddSaLayout.securityAssociation(sa) + fieldOffset, value);
    }

    RequestBytes operation(int sa, int value) {
        return sa(sa, SaImage.OPERATION, value);
    }

    RequestBytes integrity(int sa, int identifier) {
        return sa(sa, SaImage.INTEGRITY, identifier);
    }

    RequestBytes integrityKeylen(int sa, int length) {
        return sa(sa, SaImage.INTEGRITY + 4, length);
    }

    RequestBytes conf(int sa, int identifier) {
        return sa(sa, SaImage.CONF, identifier);
    }

    RequestBytes confKeylen(int sa, int length) {
        return sa(sa, SaImage.CONF + 4, length);
    }

    /** Writes {@code rounds} into algoRounds of both used ALGO_INFOs of SecAssoc[{@code sa}]. */
    RequestBytes rounds(int sa, int rounds) {
        sa(sa, SaImage.INTEGRITY + 8, rounds);
        return sa(sa, SaImage.CONF + 8, rounds);
    }

    /** Fills the Reserved OFFLOAD_ALGO_INFO of SecAssoc[{@code sa}]. */
    RequestBytes reserved(int sa, int identifier, int keyLength, int rounds) {
        int offset = AddSaLayout.securityAssociation(sa) + SaImage.RESERVED;
        Bytes.put32le(buffer, offset, identifier);
        Bytes.put32le(buffer, offset + 4, keyLength);
        Bytes.put32le(buffer, offset + 8, rounds);
        return this;
    }

    /** Fills SecAssoc[{@code sa}] with {@code fill}. */
    RequestBytes fillEntry(int sa, int fill) {
        int offset = AddSaLayout.securityAssociation(sa);
        Arrays.fill(buffer, offset, offset + SaImage.SIZE, (byte) fill);
        return this;
    }

    /** Copies SecAssoc[{@code from}] over SecAssoc[{@code to}]. */
    RequestBytes copyEntry(int from, int to) {
        System.arraycopy(buffer, AddSaLayout.securityAssociation(from), buffer, AddSaLayout.securityAssociation(to), SaImage.SIZE);
        return this;
    }

    /** Exchanges SecAssoc[0] and SecAssoc[1]. */
    RequestBytes swapFirstEntries() {
        byte[] first = Arrays.copyOfRange(buffer, AddSaLayout.securityAssociation(0), AddSaLayout.securityAssociation(1));
        copyEntry(1, 0);
        System.arraycopy(first, 0, buffer, AddSaLayout.securityAssociation(1), SaImage.SIZE);
        return this;
    }

    RequestBytes protocol(int value) {
        return u32le(AddSaLayout.PROTOCOL, value);
    }

    RequestBytes srcAddr(int value) {
        return u32be(AddSaLayout.SRC_ADDR, value);
    }

    RequestBytes srcMask(int value) {
        return u32be(AddSaLayout.SRC_MASK, value);
    }

    RequestBytes destAddr(int value) {
        return u32be(AddSaLayout.DEST_ADDR, value);
    }

    RequestBytes destMask(int value) {
        return u32be(AddSaLayout.DEST_MASK, value);
    }

    RequestBytes srcPort(int value) {
        return u16be(AddSaLayout.SRC_PORT, value);
    }

    RequestBytes destPort(int value) {
        return u16be(AddSaLayout.DEST_PORT, value);
    }

    RequestBytes srcTunnel(int value) {
        return u32be(AddSaLayout.SRC_TUNNEL_ADDR, value);
    }

    RequestBytes destTunnel(int value) {
        return u32be(AddSaLayout.DEST_TUNNEL_ADDR, value);
    }

    RequestBytes offloadHandle(long value) {
        Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, abi, value);
        return this;
    }

    RequestBytes encapType(int value) {
        return u32le(layout.encapEntry(abi), value);
    }

    RequestBytes encapPort(int value) {
        return u16be(layout.encapEntry(abi) + 4, value);
    }

    RequestBytes encapHandle(long value) {
        Bytes.putHandle(buffer, layout.encapEntryHandle(abi), abi, value);
        return this;
    }

    /** Writes KeyLen only; the buffer keeps its length. */
    RequestBytes keyLen(int value) {
        return u32le(layout.keyLength(abi), value);
    }

    /** Returns KeyLen. */
    int keyLen() {
        return Bytes.u32le(buffer, layout.keyLength(abi));
    }

    /** Returns a copy of the bytes from KeyMat to the end of the buffer. */
    byte[] keyMat() {
        return Arrays.copyOfRange(buffer, keyMatOffset(), buffer.length);
    }

    /** Replaces everything from KeyMat on with {@code keys} and sets KeyLen to their length. */
    RequestBytes keyMat(byte[] keys) {
        buffer = Arrays.copyOf(buffer, keyMatOffset() + keys.length);
        System.arraycopy(keys, 0, buffer, keyMatOffset(), keys.length);
        return keyLen(keys.length);
    }

    /** Overwrites {@code bytes.length} bytes of KeyMat from {@code offset} within it. */
    RequestBytes keyBytes(int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, keyMatOffset() + offset, bytes.length);
        return this;
    }

    /** Cuts or extends (with {@code fill}) the buffer to {@code length} bytes. */
    RequestBytes length(int length, int fill) {
        int old = buffer.length;
        buffer = Arrays.copyOf(buffer, length);
        if (length > old) {
            Arrays.fill(buffer, old, length, (byte) fill);
        }
        return this;
    }

    /** Returns the buffer length. */
    int length() {
        return buffer.length;
    }

    /** Returns offsetof(KeyMat) for this structure and ABI. */
    int keyMatOffset() {
        return layout.keyMaterial(abi);
    }

    /** Returns offsetof(KeyMat) + KeyLen, the need of a buffer whose KeyLen is at most 64. */
    int need() {
        return keyMatOffset() + keyLen();
    }

    /** Returns a copy of the bytes. */
    byte[] bytes() {
        return buffer.clone();
    }

    /** Returns the request step sending these bytes with {@code handles} copied in. */
    RequestStep step(HandleCopy... handles) {
        return new RequestStep(layout == AddSaLayout.ADD_SA ? Oid.ADD_SA : Oid.ADD_UDPESP_SA, buffer, List.of(handles));
    }

    /** Returns the ABI. */
    Abi abi() {
        return abi;
    }

    /** Returns the layout. */
    AddSaLayout layout() {
        return layout;
    }
}
