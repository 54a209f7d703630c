package io.sakit.conformance.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

/**
 * One child after a successful handshake: numbers the requests from 1, sends one at a time, and accepts only
 * the one answer to it, in time. Any breach (STDIO-PROTOCOL.md section 7) stops the child and throws a
 * {@link ProtocolBreach}; an {@code error} response throws an {@link ErrorResponse} and keeps it.
 */
final class ChildSession {

    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(2);

    private final ChildProcess child;
    private final ExecOptions options;
    private long lastId;
    private Hello hello;
    private boolean stopped;

    private ChildSession(ChildProcess child, ExecOptions options) {
        this.child = child;
        this.options = options;
    }

    /**
     * Starts the child and performs the handshake within the start limit.
     *
     * @throws ProtocolBreach when the program cannot start or the handshake breaks the protocol
     * @throws ErrorResponse when the implementation refuses the handshake (for example an unknown option)
     */
    static ChildSession start(ExecOptions options) {
        ChildProcess child;
        try {
            child = ChildProcess.start(options.command(), options.stderrBytes());
        } catch (IOException e) {
            throw new ProtocolBreach("cannot start '" + options.command().get(0) + "': " + e.getMessage());
        }
        ChildSession session = new ChildSession(child, options);
        session.hello = session.exchange(Protocol.HELLO, Requests.hello(options.childOptions()), options.startTimeout(), Responses::readHello);
        return session;
    }

    /** Returns what the implementation said in the handshake. */
    Hello hello() {
        return hello;
    }

    /** Sends one request and returns its answer read by {@code reader}, within the call limit. */
    <T> T call(String type, ObjectNode fields, Function<JsonNode, T> reader) {
        return exchange(type, fields, options.callTimeout(), reader);
    }

    private <T> T exchange(String type, ObjectNode fields, Duration limit, Function<JsonNode, T> reader) {
        long id = ++lastId;
        String request = Answers.request(id, type);
        if (child.pending()) {
            throw unasked(request);
        }
        ObjectNode message = Protocol.message(id, type);
        message.setAll(fields);
        if (!child.send(Protocol.write(message))) {
            throw ended("no longer reads its standard input at " + request);
        }
        return answer(awaitLine(request, limit), id, type, reader);
    }

    private ProtocolBreach unasked(String request) {
        LineReader.Line line;
        try {
            line = child.next(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return breach("was stopped because the kit abandoned " + request);
        }
        return line.ok() ? breach("wrote a line that answers no request before " + request + " was sent")
                : ended(line.problem() + " before " + request + " was sent");
    }

    private String awaitLine(String request, Duration limit) {
        LineReader.Line line;
        try {
            line = child.next(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw breach("was stopped because the kit abandoned " + request);
        }
        if (line == null) {
            throw breach("did not answer " + request + " within " + limit.toMillis() + " ms");
        }
        if (!line.ok()) {
            throw ended(line.problem() + " instead of answering " + request);
        }
        return line.text();
    }

    private <T> T answer(String line, long id, String type, Function<JsonNode, T> reader) {
        try {
            return Answers.read(line, id, type, reader);
        } catch (MessageException e) {
            throw breach(e.getMessage());
        } catch (ErrorResponse e) {
            throw new ErrorResponse(e.getMessage() + child.stderrTail());
        }
    }

    private ProtocolBreach ended(String what) {
        return stopChild(what, child.state());
    }

    private ProtocolBreach breach(String what) {
        return stopChild(what, ChildProcess.RUNNING);
    }

    private ProtocolBreach stopChild(String what, String state) {
        String end = state;
        if (end.equals(ChildProcess.RUNNING)) {
            child.kill();
            end = "was stopped by the kit";
        }
        stopped = true;
        return new ProtocolBreach("the implementation (pid " + child.pid() + ") " + what + "; it " + end + child.stderrTail());
    }

    /** Asks the child to shut down and waits for it to exit; kills it when it does not. Never throws. */
    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            exchange(Protocol.SHUTDOWN, Requests.empty(), SHUTDOWN_LIMIT, answer -> {
                Responses.readEmpty(answer);
                return Boolean.TRUE;
            });
        } catch (ProtocolBreach | ErrorResponse e) {
            // shutting down is best effort: the child is killed below if it is still there
        }
        if (!child.closeAndAwait(SHUTDOWN_LIMIT)) {
            child.kill();
        }
    }

    /** Returns whether the child was stopped, by a breach or by {@link #stop}. */
    boolean stopped() {
        return stopped;
    }
}
