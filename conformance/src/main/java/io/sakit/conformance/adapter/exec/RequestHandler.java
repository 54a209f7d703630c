package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The implementation side of protocol 1 for an in-process adapter: answers one request at a time. The
 * handshake creates the adapter from the provider with the server's options and the handshake's options;
 * whatever a request or the adapter gets wrong is answered with an {@code error} message.
 */
final class RequestHandler {

    private static final int MAX_MESSAGE = 300;

    private final AdapterProvider provider;
    private final AdapterOptions serverOptions;
    private final String version;
    private OffloadAdapter adapter;

    RequestHandler(AdapterProvider provider, AdapterOptions serverOptions, String version) {
        this.provider = provider;
        this.serverOptions = serverOptions;
        this.version = version;
    }

    /** Returns the answer to {@code request}, whose id has been read already. */
    ObjectNode answer(long id, JsonNode request) {
        String type = request.path("type").asText("");
        try {
            ObjectNode answer = Protocol.message(id, type);
            answer.setAll(fields(type, request));
            return answer;
        } catch (RuntimeException e) {
            return Protocol.message(id, Protocol.ERROR).setAll(Responses.error(oneLine(e)));
        }
    }

    private ObjectNode fields(String type, JsonNode request) {
        if (!type.equals(Protocol.HELLO) && adapter == null) {
            throw new MessageException("the first request must be hello");
        }
        return switch (type) {
            case Protocol.HELLO -> hello(request);
            case Protocol.SET -> set(request);
            case Protocol.TRANSMIT -> transmit(request);
            case Protocol.RECEIVE -> receive(request);
            case Protocol.CLASSIFY -> classify(request);
            case Protocol.RESET, Protocol.SHUTDOWN -> empty(type, request);
            default -> throw new MessageException("unknown request type");
        };
    }

    private ObjectNode hello(JsonNode request) {
        Fields.only(request, Requests.HELLO_FIELDS);
        if (adapter != null) {
            throw new MessageException("hello was already received");
        }
        Map<String, String> options = new TreeMap<>(serverOptions.values());
        JsonNode given = Fields.object(request, "options");
        for (Map.Entry<String, JsonNode> option : given.properties()) {
            if (options.put(option.getKey(), Fields.text(given, option.getKey())) != null) {
                throw new MessageException("option '" + option.getKey() + "' is given both to the server and in the handshake");
            }
        }
        adapter = provider.create(new AdapterOptions(options));
        return Responses.hello(new Hello("sakit stdio server: " + provider.id(), version, adapter.capabilities()));
    }

    private ObjectNode set(JsonNode request) {
        Fields.only(request, Requests.SET_FIELDS);
        int oid = (int) Fields.uint32(request, "oid");
        return Responses.set(adapter.setInformation(oid, Fields.bytes(request, "buffer")));
    }

    private ObjectNode transmit(JsonNode request) {
        Fields.only(request, Requests.TRANSMIT_FIELDS);
        byte[] packet = Fields.bytes(request, "packet");
        return Responses.transmit(adapter.transmit(packet, Fields.handle(request, "offloadHandle"), Fields.handle(request, "nextOffloadHandle")));
    }

    private ObjectNode receive(JsonNode request) {
        Fields.only(request, Requests.RECEIVE_FIELDS);
        return Responses.receive(adapter.receive(Fields.bytes(request, "packet")));
    }

    private ObjectNode classify(JsonNode request) {
        Fields.only(request, Requests.CLASSIFY_FIELDS);
        Direction direction = Fields.constant(request, "direction", Direction.class);
        JsonNode flow = Fields.object(request, "flow");
        Fields.only(flow, Requests.FLOW_FIELDS);
        FlowKey key = new FlowKey(Fields.address(flow, "source"), Fields.address(flow, "destination"), (int) Fields.integer(flow, "protocol", 0, 255),
                (int) Fields.integer(flow, "sourcePort", 0, 0xFFFF), (int) Fields.integer(flow, "destinationPort", 0, 0xFFFF));
        Classifier classifier = adapter.classifier().orElseThrow(() -> new MessageException("this adapter offers no classifier"));
        return Responses.classify(classifier.matchingHandles(direction, key));
    }

    private ObjectNode empty(String type, JsonNode request) {
        Fields.only(request, Requests.EMPTY_FIELDS);
        if (type.equals(Protocol.RESET)) {
            adapter.reset();
        }
        return Requests.empty();
    }

    /** Closes the adapter, if the handshake created one. */
    void close() {
        if (adapter != null) {
            adapter.close();
            adapter = null;
        }
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " | ");
        String text = e instanceof MessageException ? message : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}
