package io.sakit.spec.capability;

import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The capability rules of SPEC.md section 6: when an advertisement is consistent (CAP-ADV-001), and which
 * valid requests an advertisement refuses with NOT_SUPPORTED (CAP-HON-002..006, UDP-CAP-001), in the
 * specification's order.
 */
public final class CapabilityRules {

    private CapabilityRules() {
    }

    /** Returns every way {@code capabilities} break CAP-ADV-001, one sentence each; empty when consistent. */
    public static List<String> inconsistencies(AdapterCapabilities capabilities) {
        IpsecOffloadV1 o = capabilities.offload();
        List<String> problems = new ArrayList<>();
        AhSupport ah = o.ah();
        EspSupport esp = o.esp();
        require(problems, (o.encapsulation() & IpsecOffloadV1.ENCAPSULATION_IEEE_802_3) != 0, "Encapsulation lacks NDIS_ENCAPSULATION_IEEE_802_3");
        require(problems, !esp.reserved(), "IPv4ESP.Reserved is set");
        require(problems, !ah.any() || (ah.md5() || ah.sha1()) && (ah.transport() || ah.tunnel()) && (ah.send() || ah.receive()),
                "IPv4AH advertises AH without an algorithm, a mode and a direction");
        require(problems, !esp.any() || (esp.des() || esp.tripleDes() || esp.nullEsp()) && (esp.transport() || esp.tunnel()) && (esp.send() || esp.receive()),
                "IPv4ESP advertises ESP without an algorithm, a mode and a direction");
        require(problems, !o.ahEspCombined() || ah.any() && esp.any(), "AhEspCombined without both AH and ESP");
        require(problems, !o.ahEspCombined() || ah.md5() && ah.sha1(), "AhEspCombined without both AH MD5 and AH SHA-1 (the required integrity combinations)");
        boolean transport = ah.transport() || esp.transport();
        boolean tunnel = ah.tunnel() || esp.tunnel();
        require(problems, !o.transportTunnelCombined() || transport && tunnel, "TransportTunnelCombined without both transport and tunnel mode");
        require(problems, (o.udpEspFlags() & IpsecOffloadV1.UDPESP_RESERVED_IKE) == 0, "Supported.Flags sets a reserved IKE encapsulation bit (0x1-0x8)");
        require(problems, !o.udpEsp() || esp.any(), "UDP-ESP encapsulation without ESP");
        require(problems, (o.udpEspFlags() & IpsecOffloadV1.UDPESP_TRANSPORT) == 0 || esp.transport(), "UDP-ESP transport without ESP transport mode");
        require(problems, (o.udpEspFlags() & IpsecOffloadV1.UDPESP_TUNNEL) == 0 || esp.tunnel(), "UDP-ESP tunnel without ESP tunnel mode");
        require(problems, !(ah.any() || esp.any()) || capabilities.saCapacity() >= 1, "IPsec offload advertised with an SA capacity of 0");
        require(problems, !o.udpEsp() || capabilities.parserEntryCapacity() >= 1, "UDP-ESP advertised with a parser-entry capacity of 0");
        return problems;
    }

    private static void require(List<String> problems, boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    /** Returns the NOT_SUPPORTED rejection {@code offload} gives a valid ADD_SA request, or empty when it is supported. */
    public static Optional<Rejection> refusal(AddSaRequest request, IpsecOffloadV1 offload) {
        for (SecurityAssociation sa : request.securityAssociations()) {
            if (!(sa.operation() == Operation.AUTHENTICATE ? offload.ah().any() : offload.esp().any())) {
                return refuse("CAP-HON-006", sa.operation().protocolName() + " offload is not advertised");
            }
        }
        if (request.isBundle() && !offload.ahEspCombined()) {
            return refuse("CAP-HON-005", "an ESP+AH bundle needs Supported.AhEspCombined");
        }
        for (SecurityAssociation sa : request.securityAssociations()) {
            Optional<Rejection> refusal = algorithm(sa, offload);
            if (refusal.isEmpty()) {
                refusal = modeAndDirection(sa.operation(), request, offload);
            }
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Returns the NOT_SUPPORTED rejection {@code offload} gives a valid ADD_UDPESP_SA request, or empty when it is supported. */
    public static Optional<Rejection> refusal(UdpEspAddRequest request, IpsecOffloadV1 offload) {
        Optional<Rejection> common = refusal(request.request(), offload);
        if (common.isPresent()) {
            return common;
        }
        if (request.encapType() == UdpEncapType.IKE) {
            return refuse("UDP-ENC-001", "UdpEncapType IKE is reserved for internal use");
        }
        int subtype = request.request().tunnel().isTunnel() ? IpsecOffloadV1.UDPESP_TUNNEL : IpsecOffloadV1.UDPESP_TRANSPORT;
        if ((offload.udpEspFlags() & subtype) == 0) {
            return refuse("UDP-CAP-001", "UDP-ESP " + (subtype == IpsecOffloadV1.UDPESP_TUNNEL ? "tunnel" : "transport")
                    + " encapsulation (Supported.Flags 0x" + Integer.toHexString(subtype) + ") is not advertised");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> algorithm(SecurityAssociation sa, IpsecOffloadV1 offload) {
        if (sa.operation() == Operation.AUTHENTICATE) {
            IntegrityAlgorithm integrity = sa.parameters().integrity();
            boolean supported = integrity == IntegrityAlgorithm.MD5 ? offload.ah().md5() : offload.ah().sha1();
            return supported ? Optional.empty() : refuse("CAP-HON-002", "AH " + integrity + " is not advertised");
        }
        ConfAlgorithm conf = sa.parameters().conf();
        boolean supported = switch (conf) {
            case NONE -> offload.esp().nullEsp();
            case DES -> offload.esp().des();
            case TRIPLE_DES -> offload.esp().tripleDes();
        };
        return supported ? Optional.empty() : refuse("CAP-HON-002", "ESP " + (conf == ConfAlgorithm.NONE ? "NULL encryption" : conf) + " is not advertised");
    }

    private static Optional<Rejection> modeAndDirection(Operation operation, AddSaRequest request, IpsecOffloadV1 offload) {
        boolean ah = operation == Operation.AUTHENTICATE;
        boolean tunnel = request.tunnel().isTunnel();
        boolean mode = tunnel ? (ah ? offload.ah().tunnel() : offload.esp().tunnel()) : (ah ? offload.ah().transport() : offload.esp().transport());
        if (!mode) {
            return refuse("CAP-HON-003", operation.protocolName() + (tunnel ? " tunnel" : " transport") + " mode is not advertised");
        }
        boolean outbound = request.direction() == Direction.OUTBOUND;
        boolean direction = outbound ? (ah ? offload.ah().send() : offload.esp().send()) : (ah ? offload.ah().receive() : offload.esp().receive());
        return direction ? Optional.empty()
                : refuse("CAP-HON-004", operation.protocolName() + (outbound ? " Send" : " Receive") + " is not advertised");
    }

    private static Optional<Rejection> refuse(String requirementId, String reason) {
        return Optional.of(Rejection.of(NdisStatus.NOT_SUPPORTED, requirementId, reason));
    }
}
