package io.sakit.conformance.adapter;

/**
 * The call an adapter is executing right now and since when, so that a watchdog on another thread can
 * tell a hung call from a long case without a thread switch per call.
 */
public final class CallWatch {

    private volatile String call;
    private volatile long startedNanos;

    void enter(String description) {
        startedNanos = System.nanoTime();
        call = description;
    }

    void exit() {
        call = null;
    }

    /** Returns the call in progress and for how long it has run, or null when no call is in progress. */
    public String overdueCall(long limitNanos) {
        String current = call;
        return current != null && System.nanoTime() - startedNanos > limitNanos ? current : null;
    }
}
