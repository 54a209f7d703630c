package io.sakit.conformance.adapter;

import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps the implementation under test: passes it copies of the kit's arrays, records each call for the
 * watchdog, and turns anything it throws or any null result into an {@link AdapterFault}.
 */
public final class GuardedAdapter implements OffloadAdapter {

    private final OffloadAdapter delegate;
    private final CallWatch watch;

    /** Guards {@code delegate}, reporting calls to {@code watch}. */
    public GuardedAdapter(OffloadAdapter delegate, CallWatch watch) {
        this.delegate = delegate;
        this.watch = watch;
    }

    @Override
    public AdapterCapabilities capabilities() {
        return call(() -> "capabilities()", delegate::capabilities);
    }

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        byte[] copy = informationBuffer.clone();
        return call(() -> "setInformation(" + Oid.describe(oid) + ", " + copy.length + " bytes)", () -> delegate.setInformation(oid, copy));
    }

    @Override
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        byte[] copy = packet.clone();
        int length = copy.length;
        return call(() -> "transmit(" + length + " bytes, 0x" + Long.toHexString(offloadHandle) + ", 0x" + Long.toHexString(nextOffloadHandle) + ")",
                () -> delegate.transmit(copy, offloadHandle, nextOffloadHandle));
    }

    @Override
    public ReceiveResult receive(byte[] packet) {
        byte[] copy = packet.clone();
        int length = copy.length;
        return call(() -> "receive(" + length + " bytes)", () -> delegate.receive(copy));
    }

    @Override
    public Optional<Classifier> classifier() {
        Optional<Classifier> classifier = call(() -> "classifier()", delegate::classifier);
        return classifier.map(c -> (direction, flow) -> call(() -> "matchingHandles(" + direction + ", " + flow + ")", () -> c.matchingHandles(direction, flow)));
    }

    @Override
    public void reset() {
        call(() -> "reset()", () -> {
            delegate.reset();
            return Boolean.TRUE;
        });
    }

    @Override
    public void close() {
        call(() -> "close()", () -> {
            delegate.close();
            return Boolean.TRUE;
        });
    }

    /** Runs one adapter call under the watch; {@code description} names the call and is only built for a report. */
    private <T> T call(Supplier<String> description, Supplier<T> action) {
        watch.enter(description);
        T result;
        try {
            result = action.get();
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            throw new AdapterFault(description.get() + " threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } finally {
            watch.exit();
        }
        if (result == null) {
            throw new AdapterFault(description.get() + " returned null");
        }
        return result;
    }
}
