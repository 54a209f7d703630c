package io.sakit.conformance.adapter;

import java.util.function.Supplier;

/**
 * The call an adapter is executing right now and since when, so that a watchdog on another thread can
 * tell a hung call from a long case without a thread switch per call. A call is described lazily: the text is
 * built only when the watchdog reports it.
 */
public final class CallWatch {

    private volatile Supplier<String> call;
    private volatile long startedNanos;

    void enter(Supplier<String> description) {
        startedNanos = System.nanoTime();
        call = description;
    }

    void exit() {
        call = null;
    }

    /** Returns the description of the call in progress when it has run longer than {@code limitNanos}, otherwise null. */
    public String overdueCall(long limitNanos) {
        Supplier<String> current = call;
        return current != null && System.nanoTime() - startedNanos > limitNanos ? current.get() : null;
    }
}
