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

/**
 * Reads a child's standard output as lines on a background thread, so that the caller waits for the next
 * line with a time limit. A line is at most {@link Protocol#MAX_LINE_BYTES} bytes of UTF-8; the end of the
 * stream, an overlong line and bad UTF-8 arrive as problems, after which nothing more is read.
 */
final class LineReader {

    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();

    /** One line, or the problem that ended the stream. */
    record Line(String text, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    LineReader(InputStream stdout, String name) {
        Thread reader = new Thread(() -> read(new BufferedInputStream(stdout, 1 << 16)), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        try (in) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines.add(decode(line));
                    line.reset();
                } else if (line.size() == Protocol.MAX_LINE_BYTES) {
                    lines.add(new Line(null, "wrote a line longer than " + Protocol.MAX_LINE_BYTES + " bytes"));
                    return;
                } else {
                    line.write(b);
                }
            }
            lines.add(new Line(null, line.size() == 0 ? "closed its standard output" : "closed its standard output in the middle of a line"));
        } catch (IOException e) {
            lines.add(new Line(null, "its standard output failed: " + e.getMessage()));
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
