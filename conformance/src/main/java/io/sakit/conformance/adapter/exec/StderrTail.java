package io.sakit.conformance.adapter.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child's standard error on a background thread so the child never blocks on a full pipe, and keeps
 * only its last bytes, which error messages quote as one line.
 */
final class StderrTail {

    private static final long FINISH_MILLIS = 2000;

    private final byte[] ring;
    private final Thread drainer;
    private long written;

    StderrTail(InputStream stderr, int limit, String name) {
        this.ring = new byte[limit];
        this.drainer = new Thread(() -> drain(stderr), name);
        drainer.setDaemon(true);
        drainer.start();
    }

    private void drain(InputStream stderr) {
        byte[] chunk = new byte[8192];
        try (stderr) {
            for (int n = stderr.read(chunk); n >= 0; n = stderr.read(chunk)) {
                keep(chunk, n);
            }
        } catch (IOException e) {
            // the pipe closes when the child is killed; what was read is kept
        }
    }

    private synchronized void keep(byte[] chunk, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % ring.length)] = chunk[i];
        }
    }

    /** Waits until the ended child's standard error reaches its end (at most 2 s, should a grandchild hold it open), so the tail is complete. */
    void finish() {
        try {
            drainer.join(FINISH_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns {@code "; stderr: …"} with the kept bytes on one line, or an empty string when the child wrote nothing. */
    synchronized String quote() {
        if (written == 0) {
            return "";
        }
        int kept = (int) Math.min(written, ring.length);
        byte[] tail = new byte[kept];
        for (int i = 0; i < kept; i++) {
            tail[i] = ring[(int) ((written - kept + i) % ring.length)];
        }
        String text = new String(tail, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", " | ").replaceAll("\\p{Cntrl}", "?");
        return "; stderr" + (written > kept ? " (last " + kept + " of " + written + " bytes)" : "") + ": " + text;
    }
}
