package io.sakit.reports.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes whole files atomically: the bytes go to a temporary file in the target's directory, are forced
 * to disk, and the temporary file is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}.
 * A reader (or a run killed half way) sees either the old file or the new one, never a mixture.
 */
public final class AtomicFiles {

    /** Owner read and write, others read: the mode of report files on POSIX file systems. */
    public static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");
    /** Owner read and write only: the mode of private key files on POSIX file systems. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, readable by everyone where the file system has POSIX modes. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), SHARED);
    }

    /** Writes {@code bytes} to {@code target}, readable by everyone where the file system has POSIX modes. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, SHARED);
    }

    /**
     * Writes {@code bytes} to {@code target} with {@code mode} where the file system has POSIX modes; the
     * temporary file is created with that mode, so the content is never readable more widely.
     *
     * @throws IOException when the directory cannot take the file; the target is then unchanged
     */
    public static void write(Path target, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = temporary(absolute, bytes, mode);
        try {
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates {@code target} with {@code bytes} and {@code mode}, atomically and only if it does not exist:
     * the complete file is linked into place, so of two processes creating it at once one wins and the
     * other gets {@link FileAlreadyExistsException}.
     *
     * @throws FileAlreadyExistsException when the target exists; it is then unchanged
     */
    public static void create(Path target, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = temporary(absolute, bytes, mode);
        try {
            Files.createLink(absolute, temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporary(Path target, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", attributes(directory, mode));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] attributes(Path directory, Set<PosixFilePermission> mode) {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
        }
        return new FileAttribute<?>[0];
    }
}
