package io.sakit.reference.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.reference.sadb.Bundle;
import io.sakit.reference.sadb.SaDatabase;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.profile.Abi;

/** The reference implementation's state as stable JSON (handle order, fixed field order), keys as fingerprints only. */
final class StateDump {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StateDump() {
    }

    static String json(SaDatabase database, Abi abi) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("abi", abi.token());
        root.put("liveSas", database.liveSas());
        ArrayNode bundles = root.putArray("bundles");
        database.forEachBundle(bundle -> bundles.add(bundle(bundle)));
        ArrayNode entries = root.putArray("parserEntries");
        for (long[] row : database.parserEntries()) {
            ObjectNode entry = entries.addObject();
            entry.put("handle", hex(row[0]));
            entry.put("port", row[1]);
            entry.put("users", row[2]);
            entry.put("markedForRemoval", row[3] == 1);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state dump", e);
        }
    }

    private static ObjectNode bundle(Bundle bundle) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("handle", hex(bundle.handle()));
        node.put("direction", bundle.direction().name());
        node.put("udpEsp", bundle.isUdpEsp());
        node.put("tunnel", bundle.isTunnel() ? Ipv4.format(bundle.tunnel().source()) + " -> " + Ipv4.format(bundle.tunnel().destination()) : "none");
        node.put("filter", bundle.filter().toString());
        if (bundle.encapEntryHandle() != 0) {
            node.put("parserEntry", hex(bundle.encapEntryHandle()));
        }
        ArrayNode sas = node.putArray("sas");
        for (int i = 0; i < bundle.size(); i++) {
            SaParameters p = bundle.parameters(i);
            ObjectNode sa = sas.addObject();
            sa.put("protocol", p.operation().protocolName());
            sa.put("spi", String.format("0x%08X", p.spi()));
            sa.put("conf", p.conf().name());
            sa.put("integrity", p.integrity().name());
            sa.put("confKey", fingerprint(bundle, i, true));
            sa.put("integrityKey", fingerprint(bundle, i, false));
        }
        return node;
    }

    private static String fingerprint(Bundle bundle, int index, boolean confidentiality) {
        var key = bundle.key(index, confidentiality);
        try {
            return key.length() == 0 ? "" : "sha256:" + key.fingerprint();
        } finally {
            key.destroy();
        }
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
