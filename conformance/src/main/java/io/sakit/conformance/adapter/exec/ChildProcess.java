package io.sakit.conformance.adapter.exec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One running child: its standard input for requests, its standard output read as lines, its standard error
 * drained into a bounded tail. Every child still alive when the JVM exits is killed, so none outlives the kit.
 */
final class ChildProcess {

    /** What {@link #state} says of a child that has not exited. */
    static final String RUNNING = "is still running";

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final long REAP_MILLIS = 1000;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildProcess::destroy), "sakit-exec-reaper"));
    }

    private final Process process;
    private final OutputStream stdin;
    private final LineReader stdout;
    private final StderrTail stderr;

    private ChildProcess(Process process, int stderrBytes) {
        this.process = process;
        this.stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        String name = "sakit-exec-" + process.pid();
        this.stdout = new LineReader(process.getInputStream(), name + "-stdout");
        this.stderr = new StderrTail(process.getErrorStream(), stderrBytes, name + "-stderr");
    }

    /**
     * Starts {@code command} in the kit's working directory with the kit's environment.
     *
     * @throws IOException when the program cannot be started
     */
    static ChildProcess start(List<String> command, int stderrBytes) throws IOException {
        Process process = new ProcessBuilder(command).start();
        LIVE.add(process);
        return new ChildProcess(process, stderrBytes);
    }

    /** Writes one line and flushes it; false when the child no longer reads. */
    boolean send(String line) {
        try {
            stdin.write(line.getBytes(StandardCharsets.UTF_8));
            stdin.write('\n');
            stdin.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the next line or problem, or null when nothing arrives within {@code limit}. */
    LineReader.Line next(Duration limit) throws InterruptedException {
        return stdout.next(limit);
    }

    /** Returns whether the child wrote something that no request asked for. */
    boolean pending() {
        return stdout.pending();
    }

    /** Closes the child's standard input, the polite request to end, and waits up to {@code limit} for it to exit. */
    boolean closeAndAwait(Duration limit) {
        try {
            stdin.close();
        } catch (IOException e) {
            // a child that already exited has closed its end
        }
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the child and its descendants, closes its standard input and waits briefly for it to be reaped. */
    void kill() {
        destroy(process);
        try {
            stdin.close();
        } catch (IOException e) {
            // the child is gone; there is nothing left to flush
        }
        try {
            process.waitFor(REAP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills through the process handle, which only signals: Process.destroyForcibly would also close the pipes and lose unread stderr. */
    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        LIVE.remove(process);
    }

    /** Returns how the child ended ("exited with code 3", "was killed by signal 9"), waiting briefly for it to exit, or {@link #RUNNING}. */
    String state() {
        try {
            process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            return RUNNING;
        }
        LIVE.remove(process);
        int code = process.exitValue();
        return code > 128 && code < 160 ? "was killed by signal " + (code - 128) + " (exit code " + code + ")" : "exited with code " + code;
    }

    /** Returns the tail of the child's standard error for an error message, after giving it a moment to finish. */
    String stderrTail() {
        if (!process.isAlive()) {
            stderr.finish();
        }
        return stderr.quote();
    }

    /** Returns the child's process id. */
    long pid() {
        return process.pid();
    }
}
