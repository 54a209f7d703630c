package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Set;

/**
 * The responses of protocol 1 (STDIO-PROTOCOL.md section 5): how an implementation in Java writes each one
 * (without the envelope) and how the kit reads it, strictly: every field required, no other allowed.
 */
public final class Responses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> HELLO = Set.of("id", "type", "protocol", "implementation", "capabilities");
    private static final Set<String> IMPLEMENTATION = Set.of("name", "version");
    private static final Set<String> SET = Set.of("id", "type", "status", "bytesRead", "bytesNeeded", "buffer");
    private static final Set<String> TRANSMIT = Set.of("id", "type", "status", "packet");
    private static final Set<String> RECEIVE = Set.of("id", "type", "packet", "info");
    private static final Set<String> INFO = Set.of("saDeleteReq", "cryptoDone", "nextCryptoDone", "cryptoStatus");
    private static final Set<String> CLASSIFY = Set.of("id", "type", "handles");
    private static final Set<String> EMPTY = Set.of("id", "type");
    private static final Set<String> ERROR = Set.of("id", "type", "message");

    private Responses() {
    }

    /** Returns the fields of a hello response. */
    public static ObjectNode hello(Hello hello) {
        ObjectNode fields = NODES.objectNode().put("protocol", Protocol.VERSION);
        fields.putObject("implementation").put("name", hello.name()).put("version", hello.version());
        fields.set("capabilities", CapabilitiesJson.write(hello.capabilities()));
        return fields;
    }

    /**
     * Reads a hello response of protocol 1, after its protocol version, which is read before anything else since
     * other versions may differ in every other field.
     *
     * @throws MessageException when the response names another version, or breaks protocol 1
     */
    public static Hello readHello(JsonNode response) {
        long protocol = Fields.integer(response, "protocol", 0, Integer.MAX_VALUE);
        if (protocol != Protocol.VERSION) {
            throw new MessageException("the implementation speaks sakit stdio protocol " + protocol + "; this kit speaks " + Protocol.NAME);
        }
        Fields.only(response, HELLO);
        JsonNode implementation = Fields.object(response, "implementation");
        Fields.only(implementation, IMPLEMENTATION);
        return new Hello(Fields.text(implementation, "name"), Fields.text(implementation, "version"),
                CapabilitiesJson.read(Fields.object(response, "capabilities")));
    }

    /** Returns the fields of a set response. */
    public static ObjectNode set(SetResult result) {
        return NODES.objectNode().put("status", Integer.toUnsignedLong(result.status())).put("bytesRead", result.bytesRead() & Fields.UINT32_MAX)
                .put("bytesNeeded", result.bytesNeeded() & Fields.UINT32_MAX).put("buffer", Fields.hex(result.buffer()));
    }

    /** Reads a set response. */
    public static SetResult readSet(JsonNode response) {
        Fields.only(response, SET);
        return new SetResult((int) Fields.uint32(response, "status"), Fields.uint32(response, "bytesRead"), Fields.uint32(response, "bytesNeeded"),
                Fields.bytes(response, "buffer"));
    }

    /** Returns the fields of a transmit response. */
    public static ObjectNode transmit(TransmitResult result) {
        return NODES.objectNode().put("status", Integer.toUnsignedLong(result.status())).put("packet", Fields.hex(result.packet()));
    }

    /** Reads a transmit response. */
    public static TransmitResult readTransmit(JsonNode response) {
        Fields.only(response, TRANSMIT);
        return new TransmitResult((int) Fields.uint32(response, "status"), Fields.bytes(response, "packet"));
    }

    /** Returns the fields of a receive response. */
    public static ObjectNode receive(ReceiveResult result) {
        ObjectNode fields = NODES.objectNode().put("packet", Fields.hex(result.packet()));
        ReceiveInfo info = result.info();
        fields.putObject("info").put("saDeleteReq", info.saDeleteReq()).put("cryptoDone", info.cryptoDone()).put("nextCryptoDone", info.nextCryptoDone())
                .put("cryptoStatus", Integer.toUnsignedLong(info.cryptoStatus()));
        return fields;
    }

    /** Reads a receive response. */
    public static ReceiveResult readReceive(JsonNode response) {
        Fields.only(response, RECEIVE);
        JsonNode info = Fields.object(response, "info");
        Fields.only(info, INFO);
        return new ReceiveResult(Fields.bytes(response, "packet"), new ReceiveInfo(Fields.bool(info, "saDeleteReq"), Fields.bool(info, "cryptoDone"),
                Fields.bool(info, "nextCryptoDone"), (int) Fields.uint32(info, "cryptoStatus")));
    }

    /** Returns the fields of a classify response. */
    public static ObjectNode classify(long[] handles) {
        ObjectNode fields = NODES.objectNode();
        ArrayNode array = fields.putArray("handles");
        for (long handle : handles) {
            array.add(Fields.handle(handle));
        }
        return fields;
    }

    /** Reads a classify response. */
    public static long[] readClassify(JsonNode response) {
        Fields.only(response, CLASSIFY);
        JsonNode array = response.get("handles");
        if (array == null || !array.isArray()) {
            throw new MessageException("field 'handles' must be an array of handle strings");
        }
        long[] handles = new long[array.size()];
        for (int i = 0; i < handles.length; i++) {
            try {
                handles[i] = Fields.handle(NODES.objectNode().set("handle", array.get(i)), "handle");
            } catch (MessageException e) {
                throw new MessageException("element " + i + " of field 'handles' is not an unsigned decimal handle string");
            }
        }
        return handles;
    }

    /** Reads the response to reset or shutdown, which carries nothing besides the envelope. */
    public static void readEmpty(JsonNode response) {
        Fields.only(response, EMPTY);
    }

    /** Returns the fields of an error response. */
    public static ObjectNode error(String message) {
        return NODES.objectNode().put("message", message);
    }

    /** Reads the message of an error response. */
    public static String readError(JsonNode response) {
        Fields.only(response, ERROR);
        return Fields.text(response, "message");
    }
}
