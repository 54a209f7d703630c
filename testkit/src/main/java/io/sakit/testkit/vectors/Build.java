package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.vector.HandleCopy;
import io.sakit.spec.vector.HandleField;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.List;

/**
 * What every case factory builds with: valid requests from the model records, encoded for one ABI with the
 * confidentiality key first, fresh SPIs and keys, and delete steps that name handles of earlier setup steps.
 */
final class Build {

    private final Abi abi;
    private final KeySource keys;
    private final RequestEncoder encoder;
    private int nextSpi = 0x1000;

    Build(Abi abi, long seed) {
        this.abi = abi;
        this.keys = new KeySource(seed + abi.ordinal());
        this.encoder = new RequestEncoder(new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, abi));
    }

    Abi abi() {
        return abi;
    }

    KeySource keys() {
        return keys;
    }

    /** Returns an SPI no other call returned. */
    int spi() {
        nextSpi += 0x10;
        return nextSpi;
    }

    /** Returns a valid request of {@code suite} with fresh SPIs and keys. */
    AddSaRequest request(Suite suite, Filter filter, Tunnel tunnel, Direction direction) {
        return request(suite, filter, tunnel, direction, spi());
    }

    /** Returns a valid request of {@code suite} whose SPIs start at {@code spi}. */
    AddSaRequest request(Suite suite, Filter filter, Tunnel tunnel, Direction direction, int spi) {
        return new AddSaRequest(filter, tunnel, direction, suite.build(spi, keys));
    }

    /** Returns the ADD_SA buffer of {@code request}. */
    RequestBytes add(AddSaRequest request) {
        return new RequestBytes(encoder.addSa(request), AddSaLayout.ADD_SA, abi);
    }

    /** Returns the ADD_SA buffer of a fresh request. */
    RequestBytes add(Suite suite, Filter filter, Tunnel tunnel, Direction direction) {
        return add(request(suite, filter, tunnel, direction));
    }

    /** Returns the ADD_UDPESP_SA buffer of an OTHER-type request with a NULL entry handle. */
    RequestBytes udp(AddSaRequest request, int port) {
        return new RequestBytes(encoder.addUdpEspSa(new UdpEspAddRequest(request, UdpEncapType.OTHER, port, 0)), AddSaLayout.ADD_UDPESP_SA, abi);
    }

    /** Returns the ADD_UDPESP_SA buffer of a fresh ESP 3DES/SHA request on port 4500. */
    RequestBytes udp(Filter filter, Tunnel tunnel, Direction direction) {
        return udp(request(Suite.esp(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1), filter, tunnel, direction), 4500);
    }

    /** Returns an inbound transport ESP 3DES/SHA request (KeyLen 44), the usual base for single faults. */
    RequestBytes esp() {
        return add(Suite.esp(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1), Filters.WEB, Tunnel.NONE, Direction.INBOUND);
    }

    /** Returns an outbound tunnel AH SHA request (KeyLen 20). */
    RequestBytes ah() {
        return add(Suite.ah(IntegrityAlgorithm.SHA1), Filter.ANY, Filters.TUNNEL, Direction.OUTBOUND);
    }

    /** Returns an inbound tunnel ESP DES/NONE then AH MD5 bundle (KeyLen 24). */
    RequestBytes bundle() {
        return add(Suite.bundle(ConfAlgorithm.DES, IntegrityAlgorithm.NONE, IntegrityAlgorithm.MD5), Filters.WEB, Filters.TUNNEL, Direction.INBOUND);
    }

    /** Returns a DELETE_SA step naming the OffloadHandle of setup step {@code from}, padded to {@code length} bytes. */
    RequestStep deleteOf(int from, int length) {
        return new RequestStep(Oid.DELETE_SA, new byte[length], List.of(new HandleCopy(from, HandleField.OFFLOAD_HANDLE, 0)));
    }

    /** Returns a DELETE_SA step naming the OffloadHandle of setup step {@code from}. */
    RequestStep deleteOf(int from) {
        return deleteOf(from, abi.handleSize());
    }

    /** Returns a DELETE_SA step carrying {@code buffer} as it is. */
    RequestStep delete(byte[] buffer) {
        return new RequestStep(Oid.DELETE_SA, buffer, List.of());
    }

    /**
     * Returns a DELETE_UDPESP_SA step naming the OffloadHandle of setup step {@code sa} and, unless
     * {@code entry} is negative, the entry handle setup step {@code entry} returned.
     */
    RequestStep deleteUdpOf(int sa, int entry) {
        List<HandleCopy> handles = new ArrayList<>(List.of(new HandleCopy(sa, HandleField.OFFLOAD_HANDLE, 0)));
        if (entry >= 0) {
            handles.add(new HandleCopy(entry, HandleField.ENCAP_ENTRY_HANDLE, abi.handleSize()));
        }
        return new RequestStep(Oid.DELETE_UDPESP_SA, new byte[2 * abi.handleSize()], handles);
    }

    /** Returns a DELETE_UDPESP_SA step carrying {@code buffer} as it is. */
    RequestStep deleteUdp(byte[] buffer) {
        return new RequestStep(Oid.DELETE_UDPESP_SA, buffer, List.of());
    }

    /** Returns the copy instruction that names the entry handle of setup step {@code from} in an ADD_UDPESP_SA buffer. */
    HandleCopy entryOf(int from) {
        return new HandleCopy(from, HandleField.ENCAP_ENTRY_HANDLE, AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi));
    }

    /** Returns the copy instruction that writes the OffloadHandle of setup step {@code from} at {@code at}. */
    HandleCopy handleOf(int from, int at) {
        return new HandleCopy(from, HandleField.OFFLOAD_HANDLE, at);
    }
}
