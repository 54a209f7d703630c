package io.sakit.conformance.execution;

import io.sakit.spec.model.AddSaRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A Wireshark ESP SA table with keys, written only when the user names a file for it (certify --key-log):
 * the test keys of the ESP SAs of every failing data-path case, appended as each case ends, so the capture
 * in the reports can be decrypted. The file is created readable by its owner only.
 */
public final class KeyLog {

    private final Path file;

    /** Creates a key log that writes to {@code file}. */
    public KeyLog(Path file) {
        this.file = file;
    }

    /**
     * Appends a comment naming {@code caseId} and the keyed lines of the ESP SAs of {@code bundles}.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public synchronized void append(String caseId, List<AddSaRequest> bundles) {
        List<String> lines = InstalledSas.keyedLines(bundles);
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("# ").append(caseId.replaceAll("\\p{Cntrl}", "?")).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            create();
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key log " + file + ": " + e.getMessage(), e);
        }
    }

    private void create() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, "# Wireshark ESP SA table (esp_sa) with the test keys of the failing cases' ESP SAs\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }
}
