package io.sakit.spec.model;

import java.util.Objects;

/**
 * A valid OFFLOAD_IPSEC_ADD_UDPESP_SA request: one ESP SA carried in UDP, with its parser entry
 * (SPEC.md section 10, decision A20).
 *
 * <p>{@code encapEntryHandle} is the EncapTypeEntryOffldHandle the transport passed in: 0 (NULL) asks
 * the adapter to find or create the parser entry; it is ignored for outbound SAs.
 */
public record UdpEspAddRequest(AddSaRequest request, UdpEncapType encapType, int destinationEncapPort, long encapEntryHandle) {

    /**
     * Enforces the UDP-ESP rules.
     *
     * @throws RuleViolation UDP-PRO-001, UDP-ESP-001 or UDP-ENC-002, see {@link #check}
     */
    public UdpEspAddRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(encapType, "encapType");
        check(request.filter().protocol(), request.securityAssociations().size(),
                request.securityAssociations().get(0).operation(), request.direction(), destinationEncapPort);
    }

    /**
     * Checks the rules that set UDP-ESP apart from ADD_SA: Protocol 17, one ESP SA, a destination port for inbound SAs.
     *
     * @throws RuleViolation UDP-PRO-001, UDP-ESP-001 or UDP-ENC-002
     */
    public static void check(int protocol, int numSas, Operation operation, Direction direction, int destinationEncapPort) {
        if (protocol != Filter.UDP) {
            throw RuleViolation.invalidData("UDP-PRO-001", "Protocol " + Integer.toUnsignedString(protocol) + " in ADD_UDPESP_SA; must be 17 (UDP)");
        }
        if (numSas != 1 || operation != Operation.ENCRYPT) {
            throw RuleViolation.invalidData("UDP-ESP-001", "a UDP-ESP request carries exactly one ENCRYPT (ESP) SA");
        }
        if (direction == Direction.INBOUND && destinationEncapPort == 0) {
            throw RuleViolation.invalidData("UDP-ENC-002", "inbound UDP-ESP SA with DstEncapPort 0; the parser needs a port");
        }
    }

    /** Returns the ESP SA. */
    public SecurityAssociation securityAssociation() {
        return request.securityAssociations().get(0);
    }
}
