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
        return decodeAdd(buffer, AddSaLayout.ADD_SA, "ADD-LEN-001", "ADD-LEN-003", this::parseAddSa);
    }

    /** Decodes an OFFLOAD_IPSEC_ADD_UDPESP_SA buffer. */
    public Decoded<UdpEspAddRequest> addUdpEspSa(byte[] buffer) {
        return decodeAdd(buffer, AddSaLayout.ADD_UDPESP_SA, "UDP-ADD-001", "UDP-ADD-001", this::parseUdpEsp);
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

    /** Parses a buffer that reaches the end of its KeyMat into a valid request, or throws the first rule it breaks. */
    private interface Parser<T> {
        T parse(byte[] buffer);
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
            return new Decoded.Accepted<>(parser.parse(buffer), need);
        } catch (RuleViolation violation) {
            return new Decoded.Rejected<>(Rejection.of(violation.status(), violation.requirementId(), violation.rule()));
        }
    }

    private <T> Decoded<T> shortBuffer(String requirementId, long required, long given, String what) {
        long bytesNeeded = profile.bytesNeeded().bytesNeeded(required, given);
        return new Decoded.Rejected<>(new Rejection(NdisStatus.INVALID_LENGTH, requirementId,
                "buffer of " + given + " bytes; " + what + " needs " + required, bytesNeeded));
    }

    private AddSaRequest parseAddSa(byte[] buffer) {
        return parse(buffer, AddSaLayout.ADD_SA);
    }

    /**
     * Parses the fields the two structures share straight from the buffer, in the order of SPEC.md 5.7, with
     * no intermediate image: a million adds must not copy every key four times.
     */
    private AddSaRequest parse(byte[] buffer, AddSaLayout layout) {
        Direction direction = Direction.fromFlags(Bytes.u16le(buffer, AddSaLayout.FLAGS));
        int numSas = (short) Bytes.u16le(buffer, AddSaLayout.NUM_SAS);
        AddSaRequest.checkCount(numSas);
        List<SaParameters> parameters = numSas == 1 ? List.of(parameters(buffer, AddSaLayout.securityAssociation(0)))
                : List.of(parameters(buffer, AddSaLayout.securityAssociation(0)), parameters(buffer, AddSaLayout.securityAssociation(1)));
        AddSaRequest.checkComposition(parameters);
        int keyLength = Bytes.u32le(buffer, layout.keyLength(profile.abi()));
        int sum = KeyLayout.length(parameters);
        if (keyLength != sum) {
            throw RuleViolation.invalidData("ADD-KEY-002", "KeyLen " + Integer.toUnsignedString(keyLength) + "; the algorithms' keys add up to " + sum);
        }
        Filter filter = new Filter(Bytes.u32be(buffer, AddSaLayout.SRC_ADDR), Bytes.u32be(buffer, AddSaLayout.SRC_MASK),
                Bytes.u32be(buffer, AddSaLayout.DEST_ADDR), Bytes.u32be(buffer, AddSaLayout.DEST_MASK), Bytes.u32le(buffer, AddSaLayout.PROTOCOL),
                Bytes.u16be(buffer, AddSaLayout.SRC_PORT), Bytes.u16be(buffer, AddSaLayout.DEST_PORT));
        Tunnel tunnel = Tunnel.of(Bytes.u32be(buffer, AddSaLayout.SRC_TUNNEL_ADDR), Bytes.u32be(buffer, AddSaLayout.DEST_TUNNEL_ADDR));
        List<SecurityAssociation> sas = KeyLayout.split(buffer, layout.keyMaterial(profile.abi()), parameters, profile.keyOrder());
        if (rejectWeakDesKeys && hasWeakDesKey(sas)) {
            throw RuleViolation.invalidData("ADD-KEY-005", "weak or semi-weak DES key");
        }
        return new AddSaRequest(filter, tunnel, direction, sas);
    }

    private static boolean hasWeakDesKey(List<SecurityAssociation> sas) {
        for (SecurityAssociation sa : sas) {
            if (sa.hasWeakDesKey()) {
                return true;
            }
        }
        return false;
    }

    private static SaParameters parameters(byte[] buffer, int offset) {
        Operation operation = Operation.fromValue(Bytes.u32le(buffer, offset + SaImage.OPERATION));
        int integrityIdentifier = Bytes.u32le(buffer, offset + SaImage.INTEGRITY);
        int integrityKeyLength = Bytes.u32le(buffer, offset + SaImage.INTEGRITY + 4);
        int confIdentifier = Bytes.u32le(buffer, offset + SaImage.CONF);
        int confKeyLength = Bytes.u32le(buffer, offset + SaImage.CONF + 4);
        ConfAlgorithm conf;
        IntegrityAlgorithm integrity;
        if (operation == Operation.AUTHENTICATE) {
            integrity = IntegrityAlgorithm.forAh(integrityIdentifier);
            if (confIdentifier != 0 || confKeyLength != 0) {
                throw RuleViolation.invalidData("ADD-ALG-002", "AH SA with ConfAlgo identifier " + Integer.toUnsignedString(confIdentifier)
                        + " and algoKeylen " + Integer.toUnsignedString(confKeyLength) + "; an AH SA's ConfAlgo must be zero");
            }
            conf = ConfAlgorithm.NONE;
        } else {
            conf = ConfAlgorithm.fromIdentifier(confIdentifier);
            integrity = IntegrityAlgorithm.forEsp(integrityIdentifier);
        }
        SaParameters parameters = new SaParameters(operation, Bytes.u32be(buffer, offset + SaImage.SPI), conf, integrity);
        requireKeyLength(integrityKeyLength, integrity.keyLength(), "IntegrityAlgo", integrity.name());
        requireKeyLength(confKeyLength, conf.keyLength(), "ConfAlgo", conf.name());
        return parameters;
    }

    private static void requireKeyLength(int declared, int required, String field, String algorithm) {
        if (declared != required) {
            throw RuleViolation.invalidData("ADD-KEY-001", field + ".algoKeylen " + Integer.toUnsignedString(declared) + " for " + algorithm
                    + "; must be " + required);
        }
    }

    private UdpEspAddRequest parseUdpEsp(byte[] buffer) {
        AddSaRequest request = parse(buffer, AddSaLayout.ADD_UDPESP_SA);
        int entry = AddSaLayout.ADD_UDPESP_SA.encapEntry(profile.abi());
        int port = Bytes.u16be(buffer, entry + 4);
        UdpEspAddRequest.check(request.filter().protocol(), request.securityAssociations().size(), request.securityAssociations().get(0).operation(),
                request.direction(), port);
        UdpEncapType type = UdpEncapType.fromValue(Bytes.u32le(buffer, entry));
        return new UdpEspAddRequest(request, type, port, Bytes.handle(buffer, AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(profile.abi()), profile.abi()));
    }
}
