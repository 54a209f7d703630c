package io.sakit.conformance.mutants;

import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.SetResult;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Mutants that get state wrong: handles, deletes, capacity, reset. */
final class StateMutants {

    private static final Abi ABI = Abi.X64;
    private static final int HANDLE = AddSaLayout.OFFLOAD_HANDLE;

    private StateMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("zero-handle", "a successful add writes back a NULL handle", List.of("ADD-HDL-001"), ZeroHandle::new),
                new Mutant("handle-reused-while-live", "every add returns the same handle value", List.of("ADD-HDL-002"), SameHandle::new),
                new Mutant("delete-unknown-succeeds", "deleting an unknown handle answers SUCCESS", List.of("DEL-HDL-002"),
                        () -> new RequestMutants.Answering(r -> r.status() == NdisStatus.INVALID_DATA.code() && r.buffer().length == ABI.handleSize()
                                ? new SetResult(NdisStatus.SUCCESS.code(), ABI.handleSize(), 0, r.buffer()) : r)),
                new Mutant("delete-unknown-removes-another", "deleting an unknown handle removes the newest live bundle", List.of("DEL-HDL-002"),
                        DeleteUnknownRemovesAnother::new),
                new Mutant("delete-short-buffer-accepted", "a DELETE_SA buffer shorter than a HANDLE is zero-extended", List.of("DEL-LEN-001"),
                        ShortDeleteAccepted::new),
                new Mutant("capacity-off-by-one", "one SA more than the declared capacity is accepted", List.of("CAP-CAP-002"),
                        () -> new Advertising(capacity(ReferenceConfig.defaults().capabilities().saCapacity() + 1),
                                ReferenceConfig.defaults().capabilities())),
                new Mutant("reset-keeps-sas", "reset removes nothing", List.of("SEQ-RST-001"), ResetKeepsSas::new));
    }

    static ReferenceConfig capacity(int saCapacity) {
        AdapterCapabilities c = ReferenceConfig.defaults().capabilities();
        return new ReferenceConfig(new AdapterCapabilities(c.offload(), saCapacity, c.parserEntryCapacity(), c.profile(), c.classifier()), false);
    }

    /** Advertises other capabilities than the reference it wraps has. */
    static final class Advertising extends MutantAdapter {
        Advertising(ReferenceConfig actual, AdapterCapabilities advertised) {
            super(actual, advertised);
        }
    }

    static final class ZeroHandle extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            SetResult result = reference.setInformation(oid, buffer);
            if (oid == Oid.ADD_SA.value() && result.status() == NdisStatus.SUCCESS.code()) {
                Bytes.putHandle(result.buffer(), HANDLE, ABI, 0);
            }
            return result;
        }
    }

    /** Hands out handle 1 for every bundle; deleting handle 1 deletes the newest. */
    static final class SameHandle extends MutantAdapter {
        private final Deque<Long> real = new ArrayDeque<>();

        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            if (oid == Oid.DELETE_SA.value() && buffer.length >= 8 && Bytes.handle(buffer, 0, ABI) == 1 && !real.isEmpty()) {
                Bytes.putHandle(buffer, 0, ABI, real.pop());
            }
            SetResult result = reference.setInformation(oid, buffer);
            if (oid == Oid.ADD_SA.value() && result.status() == NdisStatus.SUCCESS.code()) {
                real.push(Bytes.handle(result.buffer(), HANDLE, ABI));
                Bytes.putHandle(result.buffer(), HANDLE, ABI, 1);
            }
            return result;
        }

        @Override
        public void reset() {
            real.clear();
            super.reset();
        }
    }

    /** On a refused delete, deletes the newest live bundle anyway. */
    static final class DeleteUnknownRemovesAnother extends MutantAdapter {
        private final Deque<Long> live = new ArrayDeque<>();

        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            SetResult result = reference.setInformation(oid, buffer);
            if (oid == Oid.ADD_SA.value() && result.status() == NdisStatus.SUCCESS.code()) {
                live.push(Bytes.handle(result.buffer(), HANDLE, ABI));
            } else if (oid == Oid.DELETE_SA.value() && buffer.length >= 8) {
                live.remove(Bytes.handle(buffer, 0, ABI));
                if (result.status() == NdisStatus.INVALID_DATA.code() && !live.isEmpty()) {
                    byte[] victim = new byte[8];
                    Bytes.putHandle(victim, 0, ABI, live.pop());
                    reference.setInformation(Oid.DELETE_SA.value(), victim);
                }
            }
            return result;
        }

        @Override
        public void reset() {
            live.clear();
            super.reset();
        }
    }

    static final class ShortDeleteAccepted extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            if (oid == Oid.DELETE_SA.value() && buffer.length < ABI.handleSize()) {
                SetResult result = reference.setInformation(oid, Arrays.copyOf(buffer, ABI.handleSize()));
                return new SetResult(result.status(), result.bytesRead(), result.bytesNeeded(), buffer);
            }
            return reference.setInformation(oid, buffer);
        }
    }

    /** Its reset forgets to clear the SA table: it does nothing at all. */
    static final class ResetKeepsSas extends MutantAdapter {
        @Override
        public void reset() {
            return;
        }
    }
}
