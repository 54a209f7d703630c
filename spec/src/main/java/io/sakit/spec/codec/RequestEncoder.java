package io.sakit.spec.codec;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/** Encodes valid requests into information buffers under one profile, as a conforming transport sends them. */
public final class RequestEncoder {

    private final Profile profile;

    /** Creates an encoder for {@code profile}: its ABI fixes the layout, its key order the KeyMat layout. */
    public RequestEncoder(Profile profile) {
        this.profile = profile;
    }

    /** Returns the raw image of {@code request}: unused SecAssoc entries zero, OffloadHandle NULL. */
    public AddSaImage image(AddSaRequest request) {
        List<SaImage> sas = new ArrayList<>(AddSaLayout.MAX_SAS);
        for (SecurityAssociation sa : request.securityAssociations()) {
            sas.add(image(sa));
        }
        while (sas.size() < AddSaLayout.MAX_SAS) {
            sas.add(SaImage.ZERO);
        }
        Filter f = request.filter();
        return new AddSaImage(f.sourceAddress(), f.sourceMask(), f.destinationAddress(), f.destinationMask(), f.protocol(), f.sourcePort(),
                f.destinationPort(), request.tunnel().source(), request.tunnel().destination(), request.direction().flag(),
                request.securityAssociations().size(), sas, 0, request.keyLength(), KeyLayout.join(request.securityAssociations(), profile.keyOrder()));
    }

    private static SaImage image(SecurityAssociation sa) {
        var p = sa.parameters();
        AlgoImage integrity = new AlgoImage(p.integrity().identifier(), p.integrity().keyLength(), 0);
        AlgoImage conf = new AlgoImage(p.conf().identifier(), p.conf().keyLength(), 0);
        return new SaImage(p.operation().value(), p.spi(), integrity, conf, AlgoImage.ZERO);
    }

    /** Returns the OFFLOAD_IPSEC_ADD_SA buffer of {@code request}. */
    public byte[] addSa(AddSaRequest request) {
        return ImageCodec.encode(image(request), profile.abi());
    }

    /** Returns the raw image of a UDP-ESP request. */
    public UdpEspImage image(UdpEspAddRequest request) {
        return new UdpEspImage(image(request.request()), request.encapType().value(), request.destinationEncapPort(), request.encapEntryHandle());
    }

    /** Returns the OFFLOAD_IPSEC_ADD_UDPESP_SA buffer of {@code request}. */
    public byte[] addUdpEspSa(UdpEspAddRequest request) {
        return ImageCodec.encode(image(request), profile.abi());
    }

    /** Returns the OFFLOAD_IPSEC_DELETE_SA buffer naming {@code handle}. */
    public byte[] deleteSa(long handle) {
        Abi abi = profile.abi();
        byte[] buffer = new byte[abi.handleSize()];
        Bytes.putHandle(buffer, 0, abi, handle);
        return buffer;
    }

    /** Returns the OFFLOAD_IPSEC_DELETE_UDPESP_SA buffer naming the SA and, when non-zero, its parser entry. */
    public byte[] deleteUdpEspSa(long handle, long encapEntryHandle) {
        Abi abi = profile.abi();
        byte[] buffer = new byte[2 * abi.handleSize()];
        Bytes.putHandle(buffer, 0, abi, handle);
        Bytes.putHandle(buffer, abi.handleSize(), abi, encapEntryHandle);
        return buffer;
    }
}
