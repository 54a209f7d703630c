package io.sakit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.adapter.exec.LineReader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An implementation's standard output held in memory and read as a pipe from a child that writes one line and
 * then waits: each read returns at most up to the next line feed and checks that every line already read was
 * handed on, since a reader that waits for more first would wait forever.
 */
final class StandardOutput extends InputStream {

    private final byte[] bytes;
    private final int limit;
    private final List<LineReader.Line> handedOn = new ArrayList<>();
    private int position;
    private int lineFeeds;

    private StandardOutput(byte[] bytes, int limit) {
        this.bytes = bytes;
        this.limit = limit;
    }

    /**
     * Frames {@code bytes} with {@link LineReader#read} under {@code limit}, checks the outcome against what the
     * bytes hold (STDIO-PROTOCOL.md 4.1) and that nothing past the problem was read, and returns the lines.
     */
    static List<String> framed(byte[] bytes, int limit) {
        StandardOutput out = new StandardOutput(bytes, limit);
        Expected expected = Expected.of(bytes, limit);
        LineReader.read(out, limit, out::handOn);
        assertThat(out.handedOn).as("lines and the problem handed on").isNotEmpty();
        List<LineReader.Line> lines = out.handedOn.subList(0, out.handedOn.size() - 1);
        LineReader.Line problem = out.handedOn.get(out.handedOn.size() - 1);
        assertThat(lines).allMatch(LineReader.Line::ok, "lines before the problem");
        assertThat(lines.stream().map(LineReader.Line::text).toList()).as("lines").isEqualTo(expected.lines());
        assertThat(problem.ok()).as("the last thing handed on is a problem").isFalse();
        assertThat(problem.problem()).as("problem").isEqualTo(expected.problem());
        assertThat(out.position).as("bytes read").isEqualTo(expected.bytesRead());
        return expected.lines();
    }

    private void handOn(LineReader.Line line) {
        if (!handedOn.isEmpty() && !handedOn.get(handedOn.size() - 1).ok()) {
            throw new AssertionError("handed on " + line + " after the problem " + handedOn.get(handedOn.size() - 1));
        }
        if (line.ok() && line.text().getBytes(StandardCharsets.UTF_8).length > limit) {
            throw new AssertionError("handed on a line longer than the limit of " + limit + " bytes");
        }
        handedOn.add(line);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (handedOn.size() != lineFeeds) {
            throw new AssertionError("asked for more bytes after " + lineFeeds + " line feeds, having handed on " + handedOn.size() + " lines");
        }
        if (position == bytes.length) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int end = position;
        while (end < bytes.length && end - position < length && (end == position || bytes[end - 1] != '\n')) {
            end++;
        }
        System.arraycopy(bytes, position, into, offset, end - position);
        for (int i = position; i < end; i++) {
            lineFeeds += bytes[i] == '\n' ? 1 : 0;
        }
        int read = end - position;
        position = end;
        return read;
    }

    /** What bytes hold under a line limit: the lines, the problem that ends them, and how far a reader may read. */
    private record Expected(List<String> lines, String problem, int bytesRead) {

        static Expected of(byte[] bytes, int limit) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int end = indexOf(bytes, start); end >= 0; end = indexOf(bytes, start)) {
                if (end - start > limit) {
                    return new Expected(lines, "wrote a line longer than " + limit + " bytes", start + limit + 1);
                }
                String line = decode(Arrays.copyOfRange(bytes, start, end));
                if (line == null) {
                    return new Expected(lines, "wrote a line that is not UTF-8", end + 1);
                }
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                start = end + 1;
            }
            if (bytes.length - start > limit) {
                return new Expected(lines, "wrote a line longer than " + limit + " bytes", start + limit + 1);
            }
            return new Expected(lines, start == bytes.length ? "closed its standard output" : "closed its standard output in the middle of a line", bytes.length);
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private static String decode(byte[] line) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
