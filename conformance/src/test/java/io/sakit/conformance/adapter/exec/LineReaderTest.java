package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard output is framed as STDIO-PROTOCOL.md 4.1 says: lines of UTF-8 up to the limit, then one problem, after which nothing is read. */
class LineReaderTest {

    private static final int LIMIT = 8;

    private final List<LineReader.Line> handedOn = new ArrayList<>();

    private ByteArrayInputStream read(byte[] stdout) {
        ByteArrayInputStream in = new ByteArrayInputStream(stdout);
        LineReader.read(in, LIMIT, handedOn::add);
        return in;
    }

    @Test
    void linesEndWithALineFeedAndLoseTheCarriageReturnBeforeIt() {
        read("{}\r\n{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(handedOn).containsExactly(new LineReader.Line("{}", null), new LineReader.Line("{\"a\":1}", null),
                new LineReader.Line(null, "closed its standard output"));
    }

    @Test
    void aLineThatIsNotUtf8EndsTheStreamAndNothingAfterItIsRead() {
        ByteArrayInputStream in = read(new byte[] {'{', '}', '\n', (byte) 0xFF, '\n', '{', '}', '\n'});
        assertThat(handedOn).containsExactly(new LineReader.Line("{}", null), new LineReader.Line(null, "wrote a line that is not UTF-8"));
        assertThat(in.available()).as("bytes left unread").isEqualTo(3);
    }

    @Test
    void aLineLongerThanTheLimitEndsTheStreamAtItsFirstByteTooMany() {
        ByteArrayInputStream in = read("12345678\n123456789\n".getBytes(StandardCharsets.UTF_8));
        assertThat(handedOn).containsExactly(new LineReader.Line("12345678", null), new LineReader.Line(null, "wrote a line longer than 8 bytes"));
        assertThat(in.available()).as("bytes left unread").isEqualTo(1);
    }

    @Test
    void anUnfinishedLineIsAProblem() {
        read("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(handedOn).containsExactly(new LineReader.Line(null, "closed its standard output in the middle of a line"));
    }
}
