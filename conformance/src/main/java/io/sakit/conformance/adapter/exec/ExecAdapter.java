package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@link OffloadAdapter} whose implementation runs in a child process and speaks sakit stdio protocol 1
 * (spec/STDIO-PROTOCOL.md). Every call is one request and one answer within the call limit.
 *
 * <p>Restart policy (STDIO-PROTOCOL.md section 7.2): a breach stops the child and fails the call that met it
 * with a {@link ProtocolBreach}; later calls fail at once until the next {@link #reset}, which starts a new
 * child and performs the handshake again. The new child must advertise the same capabilities. After three
 * failed starts in a row no further start is tried, and every call fails at once.
 */
public final class ExecAdapter implements OffloadAdapter {

    /** Failed starts in a row after which the adapter gives up restarting. */
    public static final int MAX_FAILED_STARTS = 3;

    private final ExecOptions options;
    private final Hello hello;
    private ChildSession session;
    private String stopReason = "";
    private int failedStarts;

    private ExecAdapter(ExecOptions options, ChildSession session) {
        this.options = options;
        this.session = session;
        this.hello = session.hello();
    }

    /**
     * Starts the child and performs the handshake.
     *
     * @throws AdapterConfigurationException with a one-line message when the child cannot start, breaks the
     *     handshake or refuses it
     */
    public static ExecAdapter start(ExecOptions options) {
        try {
            return new ExecAdapter(options, ChildSession.start(options));
        } catch (ProtocolBreach | ErrorResponse e) {
            throw new AdapterConfigurationException("exec adapter: " + e.getMessage());
        }
    }

    /** Returns the implementation's name, version and capabilities from the first handshake. */
    public Hello hello() {
        return hello;
    }

    @Override
    public AdapterCapabilities capabilities() {
        return hello.capabilities();
    }

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        return call(Protocol.SET, Requests.set(oid, informationBuffer), Responses::readSet);
    }

    @Override
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return call(Protocol.TRANSMIT, Requests.transmit(packet, offloadHandle, nextOffloadHandle), Responses::readTransmit);
    }

    @Override
    public ReceiveResult receive(byte[] packet) {
        return call(Protocol.RECEIVE, Requests.receive(packet), Responses::readReceive);
    }

    @Override
    public Optional<Classifier> classifier() {
        return hello.capabilities().classifier() ? Optional.of(this::classify) : Optional.empty();
    }

    private long[] classify(Direction direction, FlowKey flow) {
        return call(Protocol.CLASSIFY, Requests.classify(direction, flow), Responses::readClassify);
    }

    /** Removes every SA and parser entry; starts a new child first when the previous one was stopped by a breach. */
    @Override
    public void reset() {
        if (session == null) {
            restart();
        }
        call(Protocol.RESET, Requests.empty(), answer -> {
            Responses.readEmpty(answer);
            return Boolean.TRUE;
        });
    }

    /** Shuts the child down (shutdown request, then a kill if it does not exit). */
    @Override
    public void close() {
        if (session != null) {
            session.stop();
            session = null;
            stopReason = "the adapter was closed";
        }
    }

    private <T> T call(String type, ObjectNode fields, Function<JsonNode, T> reader) {
        if (session == null) {
            throw new ProtocolBreach("no implementation is running (" + stopReason + "); a new one starts at the next reset");
        }
        try {
            return session.call(type, fields, reader);
        } catch (ProtocolBreach e) {
            session = null;
            stopReason = "stopped after a breach";
            throw e;
        }
    }

    private void restart() {
        if (failedStarts >= MAX_FAILED_STARTS) {
            throw new ProtocolBreach("the implementation failed to start " + failedStarts + " times in a row and is not started again; last: " + stopReason);
        }
        try {
            ChildSession started = ChildSession.start(options);
            if (!started.hello().capabilities().equals(hello.capabilities())) {
                started.stop();
                throw new ProtocolBreach("the restarted implementation advertises other capabilities than at its first start");
            }
            session = started;
            failedStarts = 0;
        } catch (ProtocolBreach | ErrorResponse e) {
            failedStarts++;
            stopReason = e.getMessage();
            throw new ProtocolBreach("restarting the implementation failed: " + e.getMessage());
        }
    }
}
