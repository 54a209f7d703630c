package io.sakit.reports.journal;

import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends a run's results to its journal ({@link Journal#NAME}): the {@link RunInfo} on the first line,
 * one {@link CaseResult} per line as each case finishes, and a {@link JournalEnd} line when the run went
 * through all its cases. Each line is handed to the operating system in one write as soon as it is
 * appended, so a killed process loses at most the line it was writing; {@link #finish} and
 * {@link #close} also force the file to the disk. Safe for several threads: each call takes the
 * writer's lock, so lines never interleave.
 */
public final class JournalWriter implements Closeable {

    private final FileChannel channel;
    private boolean finished;

    private JournalWriter(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Starts a journal at {@code file}, replacing any file there, and writes the run's identity.
     *
     * @throws IOException when the file cannot be created
     */
    public static JournalWriter start(Path file, RunInfo info) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        JournalWriter writer = new JournalWriter(channel);
        try {
            writer.line(info);
            channel.force(true);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return writer;
    }

    /** Appends one finished case. */
    public synchronized void append(CaseResult result) throws IOException {
        if (finished) {
            throw new IllegalStateException("journal is finished; case " + result.id() + " came after the end line");
        }
        line(result);
    }

    /** Marks the run complete: every case of the run finished. No case may be appended after this. */
    public synchronized void finish(Instant end) throws IOException {
        line(new JournalEnd(true, end));
        finished = true;
        channel.force(true);
    }

    private void line(Object value) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((ReportJson.line(value) + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Forces the journal to the disk and closes it; a journal closed without {@link #finish} is that of an incomplete run. */
    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            channel.force(true);
            channel.close();
        }
    }
}
