package io.sakit.conformance.mutants;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.SetResult;
import java.util.Arrays;
import java.util.List;

/** Mutants that misread or misanswer the ADD_SA request itself: fields, lengths, key layout, the written-back buffer. */
final class RequestMutants {

    private static final Abi ABI = Abi.X64;
    private static final int KEY_LEN = AddSaLayout.ADD_SA.keyLength(ABI);
    private static final int KEY_MAT = AddSaLayout.ADD_SA.keyMaterial(ABI);

    private RequestMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("numsas-three-accepted", "NumSAs 3 is read as the number of non-empty entries", List.of("ADD-NUM-001"),
                        () -> new Rewriting((oid, b) -> {
                            if (isAdd(oid, b, AddSaLayout.NUM_SAS + 2) && (short) Bytes.u16le(b, AddSaLayout.NUM_SAS) == 3) {
                                int second = Bytes.u32le(b, AddSaLayout.securityAssociation(1) + SaImage.OPERATION);
                                Bytes.put16le(b, AddSaLayout.NUM_SAS, second == 1 || second == 2 ? 2 : 1);
                            }
                        })),
                new Mutant("flags-both-accepted", "Flags with both direction bits set is taken as inbound", List.of("ADD-FLG-001"),
                        () -> new Rewriting((oid, b) -> {
                            if (isAdd(oid, b, AddSaLayout.FLAGS + 2) && Bytes.u16le(b, AddSaLayout.FLAGS) == 3) {
                                Bytes.put16le(b, AddSaLayout.FLAGS, 1);
                            }
                        })),
                new Mutant("rounds-validated", "a non-zero algoRounds is refused as INVALID_DATA", List.of("ADD-ALG-007"), RoundsValidated::new),
                new Mutant("unused-entries-validated", "SecAssoc entries beyond NumSAs are validated", List.of("ADD-NUM-003"), UnusedEntriesValidated::new),
                new Mutant("short-buffer-invalid-data", "a short buffer gets INVALID_DATA instead of INVALID_LENGTH", List.of("ADD-LEN-001", "ADD-LEN-003"),
                        () -> new Answering(r -> r.status() == NdisStatus.INVALID_LENGTH.code()
                                ? new SetResult(NdisStatus.INVALID_DATA.code(), 0, 0, r.buffer()) : r)),
                new Mutant("bytes-needed-additional", "BytesNeeded counts the missing bytes while the profile says total", List.of("ADD-LEN-001", "ADD-LEN-003"),
                        () -> new Answering(r -> r.status() == NdisStatus.INVALID_LENGTH.code()
                                ? new SetResult(r.status(), 0, r.bytesNeeded() - r.buffer().length, r.buffer()) : r)),
                new Mutant("bytes-read-sizeof", "BytesRead on success is sizeof(OFFLOAD_IPSEC_ADD_SA) + KeyLen - 1", List.of("ADD-LEN-005"),
                        () -> new Answering(r -> r.status() == NdisStatus.SUCCESS.code() && r.bytesRead() >= KEY_MAT
                                ? new SetResult(r.status(), r.bytesRead() + AddSaLayout.ADD_SA.sizeOf(ABI) - KEY_MAT - 1, 0, r.buffer()) : r)),
                new Mutant("long-buffer-refused", "a buffer longer than offsetof(KeyMat) + KeyLen is refused", List.of("ADD-LEN-004"), LongBufferRefused::new),
                new Mutant("failure-handle-garbage", "a refused add leaves a stale handle value in OffloadHandle", List.of("ADD-ATM-001"),
                        () -> new Answering(r -> {
                            if (r.status() != NdisStatus.SUCCESS.code() && r.buffer().length >= AddSaLayout.OFFLOAD_HANDLE + 8) {
                                Bytes.putHandle(r.buffer(), AddSaLayout.OFFLOAD_HANDLE, ABI, 0xDEADL);
                            }
                            return r;
                        })),
                new Mutant("keymat-wiped-in-buffer", "a successful add zeroes KeyMat in the written-back buffer", List.of("ADD-ATM-002"),
                        () -> new Answering(r -> {
                            if (r.status() == NdisStatus.SUCCESS.code() && r.buffer().length > KEY_MAT) {
                                Arrays.fill(r.buffer(), KEY_MAT, r.buffer().length, (byte) 0);
                            }
                            return r;
                        })),
                new Mutant("unknown-oid-not-supported", "an unknown OID gets NOT_SUPPORTED instead of INVALID_OID", List.of("ADD-OID-002"),
                        () -> new Answering(r -> r.status() == NdisStatus.INVALID_OID.code()
                                ? new SetResult(NdisStatus.NOT_SUPPORTED.code(), 0, 0, r.buffer()) : r)));
    }

    static boolean isAdd(int oid, byte[] buffer, int reach) {
        return oid == Oid.ADD_SA.value() && buffer.length >= reach;
    }

    /** Rewrites the request buffer before the reference sees it. */
    static final class Rewriting extends MutantAdapter {
        interface Rewrite {
            void apply(int oid, byte[] buffer);
        }

        private final Rewrite rewrite;

        Rewriting(Rewrite rewrite) {
            this.rewrite = rewrite;
        }

        /** Rewrites what the reference stores; the buffer written back keeps the request's bytes apart from the handle. */
        @Override
        public SetResult setInformation(int oid, byte[] informationBuffer) {
            byte[] original = informationBuffer.clone();
            rewrite.apply(oid, informationBuffer);
            SetResult result = reference.setInformation(oid, informationBuffer);
            if (oid != Oid.ADD_SA.value() || result.buffer().length != original.length) {
                return result;
            }
            int handleEnd = Math.min(original.length, AddSaLayout.OFFLOAD_HANDLE + ABI.handleSize());
            System.arraycopy(result.buffer(), AddSaLayout.OFFLOAD_HANDLE, original, AddSaLayout.OFFLOAD_HANDLE,
                    Math.max(0, handleEnd - AddSaLayout.OFFLOAD_HANDLE));
            return new SetResult(result.status(), result.bytesRead(), result.bytesNeeded(), original);
        }
    }

    /** Changes the reference's answer. */
    static final class Answering extends MutantAdapter {
        interface Answer {
            SetResult apply(SetResult reference);
        }

        private final Answer answer;

        Answering(Answer answer) {
            this.answer = answer;
        }

        @Override
        public SetResult setInformation(int oid, byte[] informationBuffer) {
            return answer.apply(reference.setInformation(oid, informationBuffer));
        }
    }

    /** Refuses requests whose used entries carry a non-zero algoRounds. */
    static final class RoundsValidated extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] b) {
            if (isAdd(oid, b, KEY_MAT)) {
                int used = Math.min(Math.max((short) Bytes.u16le(b, AddSaLayout.NUM_SAS), 0), AddSaLayout.MAX_SAS);
                for (int i = 0; i < used; i++) {
                    int sa = AddSaLayout.securityAssociation(i);
                    if (Bytes.u32le(b, sa + SaImage.INTEGRITY + 8) != 0 || Bytes.u32le(b, sa + SaImage.CONF + 8) != 0) {
                        return refused(b);
                    }
                }
            }
            return reference.setInformation(oid, b);
        }
    }

    /** Refuses requests whose unused entries hold an unknown Operation. */
    static final class UnusedEntriesValidated extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] b) {
            if (isAdd(oid, b, KEY_MAT)) {
                int used = (short) Bytes.u16le(b, AddSaLayout.NUM_SAS);
                for (int i = Math.max(used, 0); i < AddSaLayout.MAX_SAS; i++) {
                    int operation = Bytes.u32le(b, AddSaLayout.securityAssociation(i) + SaImage.OPERATION);
                    if (operation != 0 && operation != 1 && operation != 2) {
                        return refused(b);
                    }
                }
            }
            return reference.setInformation(oid, b);
        }
    }

    /** Refuses buffers longer than the need. */
    static final class LongBufferRefused extends MutantAdapter {
        @Override
        public SetResult setInformation(int oid, byte[] b) {
            if (isAdd(oid, b, KEY_MAT)) {
                long need = KEY_MAT + Integer.toUnsignedLong(Bytes.u32le(b, KEY_LEN));
                if (b.length > need && need <= KEY_MAT + 64) {
                    Bytes.putHandle(b, AddSaLayout.OFFLOAD_HANDLE, ABI, 0);
                    return new SetResult(NdisStatus.INVALID_LENGTH.code(), 0, need, b);
                }
            }
            return reference.setInformation(oid, b);
        }
    }

    static SetResult refused(byte[] buffer) {
        Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, ABI, 0);
        return new SetResult(NdisStatus.INVALID_DATA.code(), 0, 0, buffer);
    }
}
