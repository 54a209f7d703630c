package io.sakit.testkit.generate;

import io.sakit.property.Gen;
import io.sakit.spec.model.SecurityAssociation;
import java.util.List;

/** The shapes of one bundle (SPEC.md 9.5): AH, ESP or ESP-then-AH in transport or tunnel mode, and UDP-ESP in either mode. */
public enum Shape {
    /** Transport AH. */
    AH_TRANSPORT(false, false),
    /** Transport ESP. */
    ESP_TRANSPORT(false, false),
    /** Transport ESP-then-AH bundle. */
    ESP_AH_TRANSPORT(false, false),
    /** Tunnel AH. */
    AH_TUNNEL(true, false),
    /** Tunnel ESP. */
    ESP_TUNNEL(true, false),
    /** Tunnel ESP-then-AH bundle. */
    ESP_AH_TUNNEL(true, false),
    /** UDP-ESP transport. */
    UDP_ESP_TRANSPORT(false, true),
    /** UDP-ESP tunnel. */
    UDP_ESP_TUNNEL(true, true);

    private final boolean tunnel;
    private final boolean udp;

    Shape(boolean tunnel, boolean udp) {
        this.tunnel = tunnel;
        this.udp = udp;
    }

    /** Returns whether bundles of this shape are tunnel bundles. */
    public boolean tunnel() {
        return tunnel;
    }

    /** Returns whether bundles of this shape carry ESP in UDP. */
    public boolean udp() {
        return udp;
    }

    /** Returns the plain transport shapes, which can ride inside a tunnel (SPEC.md 10.1). */
    public static List<Shape> plainTransport() {
        return List.of(AH_TRANSPORT, ESP_TRANSPORT, ESP_AH_TRANSPORT);
    }

    /** Returns the plain tunnel shapes, which can carry a transport bundle (SPEC.md 10.1). */
    public static List<Shape> plainTunnel() {
        return List.of(AH_TUNNEL, ESP_TUNNEL, ESP_AH_TUNNEL);
    }

    /** Returns the SAs of a bundle of this shape, with every algorithm the shape allows and random keys. */
    public Gen<List<SecurityAssociation>> securityAssociations() {
        return switch (this) {
            case AH_TRANSPORT, AH_TUNNEL -> RequestGenerators.ahSas().map(List::of);
            case ESP_TRANSPORT, ESP_TUNNEL, UDP_ESP_TRANSPORT, UDP_ESP_TUNNEL -> RequestGenerators.espSas(false).map(List::of);
            case ESP_AH_TRANSPORT, ESP_AH_TUNNEL -> RequestGenerators.espSas(true).zip(RequestGenerators.ahSas(), List::of);
        };
    }
}
