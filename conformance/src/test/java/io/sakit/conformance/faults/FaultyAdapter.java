package io.sakit.conformance.faults;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The reference implementation with one injected fault that begins at a given call (counted over
 * {@code setInformation}, {@code transmit} and {@code receive} across every adapter the provider made), so a
 * run first collects honest results and then meets the fault.
 */
final class FaultyAdapter implements OffloadAdapter {

    private static final int UNKNOWN_STATUS = 0x7EADBEEF;

    private final ReferenceAdapter reference = new ReferenceAdapter(ReferenceConfig.defaults());
    private final Fault fault;
    private final long firstFaultyCall;
    private final AtomicLong calls;

    FaultyAdapter(Fault fault, long firstFaultyCall, AtomicLong calls) {
        this.fault = fault;
        this.firstFaultyCall = firstFaultyCall;
        this.calls = calls;
    }

    @Override
    public AdapterCapabilities capabilities() {
        if (fault == Fault.CAPABILITIES_THROW) {
            throw new IllegalStateException("injected fault: no capabilities");
        }
        return reference.capabilities();
    }

    @Override
    public SetResult setInformation(int oid, byte[] informationBuffer) {
        if (faulty() && fault == Fault.GARBAGE) {
            return new SetResult(UNKNOWN_STATUS, informationBuffer.length + 1L, -1, new byte[3]);
        }
        return misbehave(() -> reference.setInformation(oid, informationBuffer));
    }

    @Override
    public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
        return misbehave(() -> reference.transmit(packet, offloadHandle, nextOffloadHandle));
    }

    @Override
    public ReceiveResult receive(byte[] packet) {
        return misbehave(() -> reference.receive(packet));
    }

    @Override
    public void reset() {
        reference.reset();
    }

    @Override
    public void close() {
        reference.close();
    }

    private boolean faulty() {
        return calls.incrementAndGet() >= firstFaultyCall;
    }

    private <T> T misbehave(Supplier<T> honest) {
        if (!faulty()) {
            return honest.get();
        }
        return switch (fault) {
            case THROWS -> throw new IllegalStateException("injected fault");
            case NULL -> null;
            case HANGS_ONCE -> {
                if (calls.get() == firstFaultyCall) {
                    blockIgnoringInterrupts();
                }
                yield honest.get();
            }
            case GARBAGE, CAPABILITIES_THROW -> honest.get();
        };
    }

    private static void blockIgnoringInterrupts() {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException ignored) {
                continue;
            }
        }
    }
}
