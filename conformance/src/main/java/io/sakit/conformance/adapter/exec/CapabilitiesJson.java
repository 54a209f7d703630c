package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.AhSupport;
import io.sakit.spec.capability.EspSupport;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.Set;

/**
 * Writes and reads {@link AdapterCapabilities} as the JSON object of the handshake (STDIO-PROTOCOL.md section
 * 5.1): one field per record component, with the component's name; every field required, no other allowed.
 */
public final class CapabilitiesJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TOP = Set.of("offload", "saCapacity", "parserEntryCapacity", "profile", "classifier");
    private static final Set<String> OFFLOAD = Set.of("encapsulation", "ahEspCombined", "transportTunnelCombined", "ipv4Options", "udpEspFlags", "ah", "esp");
    private static final Set<String> AH = Set.of("md5", "sha1", "transport", "tunnel", "send", "receive");
    private static final Set<String> ESP = Set.of("des", "reserved", "tripleDes", "nullEsp", "transport", "tunnel", "send", "receive");
    private static final Set<String> PROFILE = Set.of("keyOrder", "bytesNeeded", "abi");

    private CapabilitiesJson() {
    }

    /** Returns the JSON object of {@code capabilities}. */
    public static ObjectNode write(AdapterCapabilities capabilities) {
        ObjectNode node = NODES.objectNode();
        node.set("offload", offload(capabilities.offload()));
        node.put("saCapacity", capabilities.saCapacity());
        node.put("parserEntryCapacity", capabilities.parserEntryCapacity());
        Profile profile = capabilities.profile();
        node.set("profile", NODES.objectNode().put("keyOrder", profile.keyOrder().name()).put("bytesNeeded", profile.bytesNeeded().name())
                .put("abi", profile.abi().name()));
        node.put("classifier", capabilities.classifier());
        return node;
    }

    private static ObjectNode offload(IpsecOffloadV1 offload) {
        ObjectNode node = NODES.objectNode();
        node.put("encapsulation", Integer.toUnsignedLong(offload.encapsulation()));
        node.put("ahEspCombined", offload.ahEspCombined());
        node.put("transportTunnelCombined", offload.transportTunnelCombined());
        node.put("ipv4Options", offload.ipv4Options());
        node.put("udpEspFlags", Integer.toUnsignedLong(offload.udpEspFlags()));
        AhSupport ah = offload.ah();
        node.set("ah", NODES.objectNode().put("md5", ah.md5()).put("sha1", ah.sha1()).put("transport", ah.transport()).put("tunnel", ah.tunnel())
                .put("send", ah.send()).put("receive", ah.receive()));
        EspSupport esp = offload.esp();
        node.set("esp", NODES.objectNode().put("des", esp.des()).put("reserved", esp.reserved()).put("tripleDes", esp.tripleDes())
                .put("nullEsp", esp.nullEsp()).put("transport", esp.transport()).put("tunnel", esp.tunnel()).put("send", esp.send())
                .put("receive", esp.receive()));
        return node;
    }

    /**
     * Reads the capabilities object.
     *
     * @throws MessageException naming the first missing, unknown or mistyped field
     */
    public static AdapterCapabilities read(JsonNode node) {
        Fields.only(node, TOP);
        int saCapacity = (int) Fields.integer(node, "saCapacity", 0, Integer.MAX_VALUE);
        int parserEntryCapacity = (int) Fields.integer(node, "parserEntryCapacity", 0, Integer.MAX_VALUE);
        return new AdapterCapabilities(readOffload(Fields.object(node, "offload")), saCapacity, parserEntryCapacity,
                readProfile(Fields.object(node, "profile")), Fields.bool(node, "classifier"));
    }

    private static IpsecOffloadV1 readOffload(JsonNode node) {
        Fields.only(node, OFFLOAD);
        JsonNode ah = Fields.object(node, "ah");
        Fields.only(ah, AH);
        JsonNode esp = Fields.object(node, "esp");
        Fields.only(esp, ESP);
        return new IpsecOffloadV1((int) Fields.uint32(node, "encapsulation"), Fields.bool(node, "ahEspCombined"), Fields.bool(node, "transportTunnelCombined"),
                Fields.bool(node, "ipv4Options"), (int) Fields.uint32(node, "udpEspFlags"),
                new AhSupport(Fields.bool(ah, "md5"), Fields.bool(ah, "sha1"), Fields.bool(ah, "transport"), Fields.bool(ah, "tunnel"), Fields.bool(ah, "send"),
                        Fields.bool(ah, "receive")),
                new EspSupport(Fields.bool(esp, "des"), Fields.bool(esp, "reserved"), Fields.bool(esp, "tripleDes"), Fields.bool(esp, "nullEsp"),
                        Fields.bool(esp, "transport"), Fields.bool(esp, "tunnel"), Fields.bool(esp, "send"), Fields.bool(esp, "receive")));
    }

    private static Profile readProfile(JsonNode node) {
        Fields.only(node, PROFILE);
        return new Profile(Fields.constant(node, "keyOrder", KeyOrder.class), Fields.constant(node, "bytesNeeded", BytesNeededMode.class),
                Fields.constant(node, "abi", Abi.class));
    }
}
