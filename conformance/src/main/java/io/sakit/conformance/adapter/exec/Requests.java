package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import java.util.Map;
import java.util.Set;

/**
 * The fields of each request of protocol 1 (STDIO-PROTOCOL.md section 5), without the envelope ({@code id},
 * {@code type}) that {@link Protocol#message} adds, and the field names each request may carry.
 */
public final class Requests {

    /** The fields of a hello request. */
    public static final Set<String> HELLO_FIELDS = Set.of("id", "type", "protocol", "kit", "spec", "options");
    /** The fields of a set request. */
    public static final Set<String> SET_FIELDS = Set.of("id", "type", "oid", "buffer");
    /** The fields of a transmit request. */
    public static final Set<String> TRANSMIT_FIELDS = Set.of("id", "type", "packet", "offloadHandle", "nextOffloadHandle");
    /** The fields of a receive request. */
    public static final Set<String> RECEIVE_FIELDS = Set.of("id", "type", "packet");
    /** The fields of a classify request. */
    public static final Set<String> CLASSIFY_FIELDS = Set.of("id", "type", "direction", "flow");
    /** The fields of the flow object of a classify request. */
    public static final Set<String> FLOW_FIELDS = Set.of("source", "destination", "protocol", "sourcePort", "destinationPort");
    /** The fields of a reset or shutdown request. */
    public static final Set<String> EMPTY_FIELDS = Set.of("id", "type");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Requests() {
    }

    /** Returns the fields of the handshake: the kit's protocol version and the options for the implementation. */
    public static ObjectNode hello(Map<String, String> options) {
        ObjectNode fields = NODES.objectNode().put("protocol", Protocol.VERSION).put("kit", "sakit").put("spec", "1.0");
        ObjectNode optionNode = fields.putObject("options");
        options.forEach(optionNode::put);
        return fields;
    }

    /** Returns the fields of an OID set request; the OID is written as an unsigned 32-bit number. */
    public static ObjectNode set(int oid, byte[] buffer) {
        return NODES.objectNode().put("oid", Integer.toUnsignedLong(oid)).put("buffer", Fields.hex(buffer));
    }

    /** Returns the fields of a transmit request. */
    public static ObjectNode transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return NODES.objectNode().put("packet", Fields.hex(packet)).put("offloadHandle", Fields.handle(offloadHandle))
                .put("nextOffloadHandle", Fields.handle(nextOffloadHandle));
    }

    /** Returns the fields of a receive request. */
    public static ObjectNode receive(byte[] packet) {
        return NODES.objectNode().put("packet", Fields.hex(packet));
    }

    /** Returns the fields of a classify request. */
    public static ObjectNode classify(Direction direction, FlowKey flow) {
        ObjectNode fields = NODES.objectNode().put("direction", direction.name());
        fields.putObject("flow").put("source", Fields.address(flow.source())).put("destination", Fields.address(flow.destination()))
                .put("protocol", flow.protocol()).put("sourcePort", flow.sourcePort()).put("destinationPort", flow.destinationPort());
        return fields;
    }

    /** Returns the fields of a reset or shutdown request: none besides the envelope. */
    public static ObjectNode empty() {
        return NODES.objectNode();
    }
}
