package io.sakit.conformance.adapter.exec;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a child's standard output as lines on a background thread, so that the caller waits for the next
 * line with a time limit. A line is at most {@link Protocol#MAX_LINE_BYTES} bytes of UTF-8; the end of the
 * stream, an overlong line and bad UTF-8 arrive as problems, after which nothing more is read.
 */
public final class LineReader {

    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();

    /** One line, without its line feed and the carriage return before it, or the problem that ended the stream. */
    public record Line(String text, String problem) {

        /** Returns whether this is a line rather than a problem. */
        public boolean ok() {
            return problem == null;
        }
    }

    LineReader(InputStream stdout, String name) {
        Thread reader = new Thread(() -> read(new BufferedInputStream(stdout, 1 << 16), Protocol.MAX_LINE_BYTES, lines::add), name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Hands every line of {@code in} to {@code sink}, in order, then exactly one problem, and closes {@code in}
     * (STDIO-PROTOCOL.md section 4.1). The problem is the first of: the end of the stream, a line longer than
     * {@code maxLineBytes} bytes without its line feed, a line that is not UTF-8, a read error. Never holds more
     * than {@code maxLineBytes} bytes of a line and reads no byte after the one that showed the problem.
     */
    public static void read(InputStream in, int maxLineBytes, Consumer<Line> sink) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(Math.min(256, maxLineBytes));
        try (in) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != '\n' && line.size() == maxLineBytes) {
                    sink.accept(new Line(null, "wrote a line longer than " + maxLineBytes + " bytes"));
                    return;
                }
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                Line decoded = decode(line);
                sink.accept(decoded);
                if (!decoded.ok()) {
                    return;
                }
                line.reset();
            }
            sink.accept(new Line(null, line.size() == 0 ? "closed its standard output" : "closed its standard output in the middle of a line"));
        } catch (IOException e) {
            sink.accept(new Line(null, "its standard output failed: " + e.getMessage()));
        }
    }

    private static Line decode(ByteArrayOutputStream bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return new Line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
        } catch (CharacterCodingException e) {
            return new Line(null, "wrote a line that is not UTF-8");
        }
    }

    /** Returns the next line or problem, or null when none arrives within {@code limit}. */
    Line next(Duration limit) throws InterruptedException {
        return lines.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Returns whether something arrived that nobody asked for yet. */
    boolean pending() {
        return !lines.isEmpty();
    }
}
