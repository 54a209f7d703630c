package io.sakit.spec.codec;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.DeleteSaRequest;
import io.sakit.spec.model.DeleteUdpEspRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.RuleViolation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes information buffers into valid requests in the specification's check order (SPEC.md section 5.7),
 * stopping at the first failing check.
 *
 * <p>It covers the length and structure checks, whose statuses are INVALID_LENGTH and INVALID_DATA. The
 * capability, duplicate and capacity checks that follow need the adapter's state and are the adapter's.
 * Decoding never throws and never reads past the buffer.
 */
public final class RequestDecoder {

    private final Profile profile;
    private final boolean rejectWeakDesKeys;

    /**
     * Creates a decoder for one profile; {@code rejectWeakDesKeys} chooses the MAY of ADD-KEY-005.
     */
    public RequestDecoder(Profile profile, boolean rejectWeakDesKeys) {
        this.profile = profile;
        this.rejectWeakDesKeys = rejectWeakDesKeys;
    }

    /** Returns the profile this decoder follows. */
    public Profile profile() {
        return profile;
    }

    /** Decodes an OFFLOAD_IPSEC_ADD_SA buffer. */
    public Decoded<AddSaRequest> addSa(byte[] buffer) {
        return decodeAdd(buffer, AddSaLayout.ADD_SA, "ADD-LEN-001", "ADD-LEN-003", () -> parse(ImageCodec.read(buffer, profile.abi())));
    }

    /** Decodes an OFFLOAD_IPSEC_ADD_UDPESP_SA buffer. */
    public Decoded<UdpEspAddRequest> addUdpEspSa(byte[] buffer) {
        return decodeAdd(buffer, AddSaLayout.ADD_UDPESP_SA, "UDP-ADD-001", "UDP-ADD-001", () -> parseUdpEsp(ImageCodec.readUdpEsp(buffer, profile.abi())));
    }

    /** Decodes an OFFLOAD_IPSEC_DELETE_SA buffer: one HANDLE. */
    public Decoded<DeleteSaRequest> deleteSa(byte[] buffer) {
        Abi abi = profile.abi();
        if (buffer.length < abi.handleSize()) {
            return shortBuffer("DEL-LEN-001", abi.handleSize(), buffer.length, "OFFLOAD_IPSEC_DELETE_SA");
        }
        return new Decoded.Accepted<>(new DeleteSaRequest(Bytes.handle(buffer, 0, abi)), abi.handleSize());
    }

    /** Decodes an OFFLOAD_IPSEC_DELETE_UDPESP_SA buffer: two HANDLEs. */
    public Decoded<DeleteUdpEspRequest> deleteUdpEspSa(byte[] buffer) {
        Abi abi = profile.abi();
        int need = 2 * abi.handleSize();
        if (buffer.length < need) {
            return shortBuffer("UDP-DEL-001", need, buffer.length, "OFFLOAD_IPSEC_DELETE_UDPESP_SA");
        }
        return new Decoded.Accepted<>(new DeleteUdpEspRequest(Bytes.handle(buffer, 0, abi), Bytes.handle(buffer, abi.handleSize(), abi)), need);
    }

    private interface Parser<T> {
        T parse();
    }

    private <T> Decoded<T> decodeAdd(byte[] buffer, AddSaLayout layout, String headerRule, String keyRule, Parser<T> parser) {
        int keyMatOffset = layout.keyMaterial(profile.abi());
        if (buffer.length < keyMatOffset) {
            return shortBuffer(headerRule, keyMatOffset, buffer.length, "the fixed part of the structure");
        }
        long keyLength = Integer.toUnsignedLong(Bytes.u32le(buffer, layout.keyLength(profile.abi())));
        if (keyLength > AddSaRequest.MAX_KEY_LENGTH) {
            return new Decoded.Rejected<>(Rejection.of(NdisStatus.INVALID_DATA, layout == AddSaLayout.ADD_SA ? "ADD-LEN-002" : "UDP-ADD-001",
                    "KeyLen " + keyLength + "; no valid request carries more than " + AddSaRequest.MAX_KEY_LENGTH + " key bytes"));
        }
        long need = keyMatOffset + keyLength;
        if (buffer.length < need) {
            return shortBuffer(keyRule, need, buffer.length, "KeyMat of KeyLen " + keyLength + " bytes");
        }
        try {
            return new Decoded.Accepted<>(parser.parse(), need);
        } catch (RuleViolation violation) {
            return new Decoded.Rejected<>(Rejection.of(violation.status(), violation.requirementId(), violation.rule()));
        }
    }

    private <T> Decoded<T> shortBuffer(String requirementId, long required, long given, String what) {
        long bytesNeeded = profile.bytesNeeded().bytesNeeded(required, given);
        return new Decoded.Rejected<>(new Rejection(NdisStatus.INVALID_LENGTH, requirementId,
                "buffer of " + given + " bytes; " + what + " needs " + required, bytesNeeded));
    }

    private AddSaRequest parse(AddSaImage image) {
        Direction direction = Direction.fromFlags(image.flags());
        AddSaRequest.checkCount(image.numSas());
        List<SaParameters> parameters = new ArrayList<>(image.numSas());
        for (int i = 0; i < image.numSas(); i++) {
            parameters.add(parameters(image.securityAssociation(i)));
        }
        AddSaRequest.checkComposition(parameters);
        int sum = parameters.stream().mapToInt(SaParameters::keyLength).sum();
        if (image.keyLength() != sum) {
            throw RuleViolation.invalidData("ADD-KEY-002", "KeyLen " + Integer.toUnsignedString(image.keyLength())
                    + "; the algorithms' keys add up to " + sum);
        }
        Filter filter = new Filter(image.sourceAddress(), image.sourceMask(), image.destinationAddress(), image.destinationMask(),
                image.protocol(), image.sourcePort(), image.destinationPort());
        Tunnel tunnel = new Tunnel(image.sourceTunnelAddress(), image.destinationTunnelAddress());
        List<SecurityAssociation> sas = KeyLayout.split(image.keyMaterial(), parameters, profile.keyOrder());
        if (rejectWeakDesKeys && sas.stream().anyMatch(SecurityAssociation::hasWeakDesKey)) {
            throw RuleViolation.invalidData("ADD-KEY-005", "weak or semi-weak DES key");
        }
        return new AddSaRequest(filter, tunnel, direction, sas);
    }

    private static SaParameters parameters(SaImage sa) {
        Operation operation = Operation.fromValue(sa.operation());
        ConfAlgorithm conf;
        IntegrityAlgorithm integrity;
        if (operation == Operation.AUTHENTICATE) {
            integrity = IntegrityAlgorithm.forAh(sa.integrity().identifier());
            if (sa.conf().identifier() != 0 || sa.conf().keyLength() != 0) {
                throw RuleViolation.invalidData("ADD-ALG-002", "AH SA with ConfAlgo identifier " + Integer.toUnsignedString(sa.conf().identifier())
                        + " and algoKeylen " + Integer.toUnsignedString(sa.conf().keyLength()) + "; an AH SA's ConfAlgo must be zero");
            }
            conf = ConfAlgorithm.NONE;
        } else {
            conf = ConfAlgorithm.fromIdentifier(sa.conf().identifier());
            integrity = IntegrityAlgorithm.forEsp(sa.integrity().identifier());
        }
        SaParameters parameters = new SaParameters(operation, sa.spi(), conf, integrity);
        requireKeyLength(sa.integrity().keyLength(), integrity.keyLength(), "IntegrityAlgo", integrity.name());
        requireKeyLength(sa.conf().keyLength(), conf.keyLength(), "ConfAlgo", conf.name());
        return parameters;
    }

    private static void requireKeyLength(int declared, int required, String field, String algorithm) {
        if (declared != required) {
            throw RuleViolation.invalidData("ADD-KEY-001", field + ".algoKeylen " + Integer.toUnsignedString(declared) + " for " + algorithm
                    + "; must be " + required);
        }
    }

    private UdpEspAddRequest parseUdpEsp(UdpEspImage image) {
        AddSaRequest request = parse(image.common());
        UdpEspAddRequest.check(request.filter().protocol(), request.securityAssociations().size(), request.securityAssociations().get(0).operation(),
                request.direction(), image.destinationEncapPort());
        UdpEncapType type = UdpEncapType.fromValue(image.encapType());
        return new UdpEspAddRequest(request, type, image.destinationEncapPort(), image.encapEntryHandle());
    }
}
