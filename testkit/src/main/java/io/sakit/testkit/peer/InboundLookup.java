package io.sakit.testkit.peer;

import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.Operation;
import io.sakit.testkit.framing.Bundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbound lookup of SPEC.md 11.3 and 12.4 over a list of bundles, by linear search: a bundle is found under
 * (SPI, IPsec protocol, lookup destination) of any of its SAs, an exact destination before the wildcard 0; plain
 * and UDP-ESP bundles are separate spaces; outbound bundles are never found (RX-LKP-003).
 */
final class InboundLookup {

    /** A bundle found for a layer, and the IPsec protocol (51 or 50) of the key it was found under. */
    record Found(Bundle bundle, int protocol) {
    }

    private final List<Bundle> inbound;

    /**
     * Creates the lookup over the inbound ones of {@code bundles}.
     *
     * @throws IllegalArgumentException when two inbound bundles of one space share a key, which ADD-DUP-001 forbids
     */
    InboundLookup(List<Bundle> bundles) {
        this.inbound = bundles.stream().filter(b -> b.direction() == Direction.INBOUND).toList();
        List<String> keys = new ArrayList<>();
        for (Bundle bundle : inbound) {
            bundle.request().securityAssociations().forEach(sa -> keys.add(bundle.isUdpEsp() + "/" + sa.parameters().spi() + "/"
                    + sa.operation().ipProtocol() + "/" + lookupDestination(bundle)));
        }
        if (keys.size() != Set.copyOf(keys).size()) {
            throw new IllegalArgumentException("two inbound bundles share an (SPI, protocol, lookup destination) key (ADD-DUP-001)");
        }
    }

    /** Returns the destination a bundle is indexed under: DestTunnelAddr, an exact DestAddr, or 0 (the wildcard). */
    static int lookupDestination(Bundle bundle) {
        if (bundle.isTunnel()) {
            return bundle.request().tunnel().destination();
        }
        Filter filter = bundle.request().filter();
        boolean exact = filter.destinationAddress() != 0 && (filter.destinationMask() == 0 || filter.destinationMask() == -1);
        return exact ? filter.destinationAddress() : 0;
    }

    /** Returns the ports of the parser entries: the ports of the inbound UDP-ESP bundles. */
    Set<Integer> parserPorts() {
        return inbound.stream().filter(Bundle::isUdpEsp).map(Bundle::encapsulationPort).collect(Collectors.toSet());
    }

    /** Returns the plain bundle for (spi, protocol, destination); with {@code transportOnly} only transport bundles qualify (11.6). */
    Optional<Found> plain(int spi, int protocol, int destination, boolean transportOnly) {
        List<Bundle> space = inbound.stream().filter(b -> !b.isUdpEsp() && !(transportOnly && b.isTunnel())).toList();
        return find(space, spi, protocol, destination);
    }

    /** Returns the UDP-ESP bundle for (spi, 50, destination), only if its parser entry's port is {@code port} (12.4, K15). */
    Optional<Found> udpEsp(int spi, int destination, int port) {
        List<Bundle> space = inbound.stream().filter(Bundle::isUdpEsp).toList();
        return find(space, spi, Operation.ENCRYPT.ipProtocol(), destination).filter(found -> found.bundle().encapsulationPort() == port);
    }

    private static Optional<Found> find(List<Bundle> space, int spi, int protocol, int destination) {
        Optional<Bundle> exact = space.stream().filter(b -> hasKey(b, spi, protocol) && lookupDestination(b) == destination).findFirst();
        Optional<Bundle> found = exact.or(() -> space.stream().filter(b -> hasKey(b, spi, protocol) && lookupDestination(b) == 0).findFirst());
        return found.map(bundle -> new Found(bundle, protocol));
    }

    private static boolean hasKey(Bundle bundle, int spi, int protocol) {
        return bundle.request().securityAssociations().stream()
                .anyMatch(sa -> sa.parameters().spi() == spi && sa.operation().ipProtocol() == protocol);
    }
}
