package io.sakit.testkit.vectors;

import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.Tunnel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One constructed filter matching test: the filter, the SA's tunnel if any, the header tuple and the expected verdict. */
record FilterCase(String comment, FilterFlag flag, Filter filter, Optional<Tunnel> tunnel, FlowKey packet, boolean match) {

    /** A transport SA's test. */
    static FilterCase of(String comment, FilterFlag flag, Filter filter, FlowKey packet, boolean match) {
        return new FilterCase(comment, flag, filter, Optional.empty(), packet, match);
    }

    /** Throws {@link IllegalStateException} when the model's matching rule disagrees with the constructed verdict. */
    FilterCase verified() {
        if (filter.matches(packet) != match) {
            throw new IllegalStateException("generator and Filter.matches disagree on '" + comment + "': expected match " + match);
        }
        return this;
    }

    /** Returns the document test. */
    VectorDocument.Test toDocument() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("filter", filterJson());
        tunnel.ifPresent(t -> fields.put("tunnel", tunnel(t)));
        fields.put("packet", packetJson());
        fields.put("match", match);
        return new VectorDocument.Test(comment, List.of(flag), fields);
    }

    private Map<String, Object> filterJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("srcAddr", Ipv4.format(filter.sourceAddress()));
        json.put("srcMask", Ipv4.format(filter.sourceMask()));
        json.put("destAddr", Ipv4.format(filter.destinationAddress()));
        json.put("destMask", Ipv4.format(filter.destinationMask()));
        json.put("protocol", filter.protocol());
        json.put("srcPort", filter.sourcePort());
        json.put("destPort", filter.destinationPort());
        return json;
    }

    private static Map<String, Object> tunnel(Tunnel tunnel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("src", Ipv4.format(tunnel.source()));
        json.put("dst", Ipv4.format(tunnel.destination()));
        return json;
    }

    private Map<String, Object> packetJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("src", Ipv4.format(packet.source()));
        json.put("dst", Ipv4.format(packet.destination()));
        json.put("protocol", packet.protocol());
        json.put("srcPort", packet.sourcePort());
        json.put("dstPort", packet.destinationPort());
        return json;
    }
}
