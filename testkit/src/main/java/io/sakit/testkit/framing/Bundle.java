package io.sakit.testkit.framing;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEspAddRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * One bundle as a successful add created it (SPEC.md 2.3): the request's filter, tunnel, direction, SAs and
 * keys, and for a UDP-ESP bundle the UDP destination port its packets carry (for an inbound bundle the port of
 * its parser entry, 12.2 and 12.4; for an outbound bundle the port the transport sends to). A plain bundle has
 * port 0.
 */
public record Bundle(AddSaRequest request, int encapsulationPort) {

    /** The port of UDP-encapsulated ESP (RFC 3948). */
    public static final int NAT_T_PORT = 4500;

    /** Requires a port only for a UDP-ESP bundle, which carries one ESP SA with Protocol 17 (SPEC.md 12.1). */
    public Bundle {
        Objects.requireNonNull(request, "request");
        if (encapsulationPort < 0 || encapsulationPort > 0xFFFF) {
            throw new IllegalArgumentException("port " + encapsulationPort + " out of range 0..65535");
        }
        if (encapsulationPort != 0) {
            UdpEspAddRequest.check(request.filter().protocol(), request.securityAssociations().size(),
                    request.securityAssociations().get(0).operation(), request.direction(), encapsulationPort);
        }
    }

    /** Returns the bundle an ADD_SA request creates. */
    public static Bundle plain(AddSaRequest request) {
        return new Bundle(request, 0);
    }

    /** Returns the bundle an ADD_UDPESP_SA request creates; an outbound request without a port sends to 4500. */
    public static Bundle udpEsp(UdpEspAddRequest request) {
        int port = request.destinationEncapPort();
        return new Bundle(request.request(), port == 0 ? NAT_T_PORT : port);
    }

    /** Returns whether ESP is carried in UDP. */
    public boolean isUdpEsp() {
        return encapsulationPort != 0;
    }

    /** Returns whether this is a tunnel bundle (both tunnel addresses non-zero). */
    public boolean isTunnel() {
        return request.tunnel().isTunnel();
    }

    /** Returns the direction of the bundle. */
    public Direction direction() {
        return request.direction();
    }

    /** Returns the ESP SA, if the bundle has one. */
    public Optional<SecurityAssociation> esp() {
        return sa(Operation.ENCRYPT);
    }

    /** Returns the AH SA, if the bundle has one. */
    public Optional<SecurityAssociation> ah() {
        return sa(Operation.AUTHENTICATE);
    }

    private Optional<SecurityAssociation> sa(Operation operation) {
        return request.securityAssociations().stream().filter(sa -> sa.operation() == operation).findFirst();
    }

    /** Returns whether this is an ESP-then-AH bundle. */
    public boolean isEspThenAh() {
        return request.isBundle();
    }

    /** Returns the IPv4 Protocol of the header in front of this bundle's IPsec headers: 17, 51 or 50 (SPEC.md 10.2). */
    public int outerProtocol() {
        if (isUdpEsp()) {
            return 17;
        }
        return ah().isPresent() ? Operation.AUTHENTICATE.ipProtocol() : Operation.ENCRYPT.ipProtocol();
    }

    @Override
    public String toString() {
        return (isUdpEsp() ? "UdpEsp(port " + encapsulationPort + ")" : "Plain") + request;
    }
}
