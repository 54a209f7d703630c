package io.sakit.spec.capability;

import java.util.function.Predicate;

/**
 * The capability tokens a requirement's {@code appliesWhen} names; each is advertised or not.
 * TRANSPORT, TUNNEL, SEND and RECEIVE hold when either protocol advertises them.
 */
public enum Capability {
    AH(c -> c.offload().ah().any()),
    ESP(c -> c.offload().esp().any()),
    AH_MD5(c -> c.offload().ah().md5()),
    AH_SHA1(c -> c.offload().ah().sha1()),
    ESP_DES(c -> c.offload().esp().des()),
    ESP_3DES(c -> c.offload().esp().tripleDes()),
    ESP_NULL(c -> c.offload().esp().nullEsp()),
    TRANSPORT(c -> c.offload().ah().transport() || c.offload().esp().transport()),
    TUNNEL(c -> c.offload().ah().tunnel() || c.offload().esp().tunnel()),
    SEND(c -> c.offload().ah().send() || c.offload().esp().send()),
    RECEIVE(c -> c.offload().ah().receive() || c.offload().esp().receive()),
    AH_ESP_COMBINED(c -> c.offload().ahEspCombined()),
    TRANSPORT_TUNNEL_COMBINED(c -> c.offload().transportTunnelCombined()),
    IPV4_OPTIONS(c -> c.offload().ipv4Options()),
    UDP_ESP(c -> c.offload().udpEsp()),
    CLASSIFIER(AdapterCapabilities::classifier);

    private final Predicate<AdapterCapabilities> test;

    Capability(Predicate<AdapterCapabilities> test) {
        this.test = test;
    }

    /** Returns whether these capabilities advertise this token. */
    public boolean advertisedBy(AdapterCapabilities capabilities) {
        return test.test(capabilities);
    }
}
