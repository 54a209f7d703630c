package io.sakit.conformance.vectors;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.vector.OidRequestTest;
import java.util.Optional;

/** Judges an oid_request vector's completion: the status (or an allowed alternative), then what that status requires. */
final class VectorJudgement {

    private VectorJudgement() {
    }

    static void judge(CaseContext context, OidRequestTest test, Completion completion) {
        Optional<NdisStatus> actual = NdisStatus.of(completion.result().status());
        if (actual.isPresent() && actual.get() != test.status() && test.alsoAcceptable().contains(actual.get())) {
            context.acceptable(completion.status() + " is an allowed alternative to " + NdisStatus.describe(test.status().code())
                    + " (" + String.join(", ", test.flags()) + ")");
        } else {
            completion.expectStatus(test.status(), test.comment());
        }
        if (completion.is(NdisStatus.SUCCESS)) {
            success(context, test, completion);
        } else {
            if (completion.is(NdisStatus.INVALID_LENGTH) && test.bytesNeeded().isPresent()) {
                long required = test.bytesNeeded().getAsLong();
                completion.expectBytesNeeded(context.profile().bytesNeeded().bytesNeeded(required, completion.sent().length), test.comment());
            }
            writeBackOnFailure(completion);
        }
    }

    private static void success(CaseContext context, OidRequestTest test, Completion completion) {
        test.bytesRead().ifPresent(expected -> completion.expectBytesRead(expected, test.comment()));
        Abi abi = completion.abi();
        switch (completion.oid()) {
            case ADD_SA -> {
                requireHandle(completion.offloadHandle(), "ADD-HDL-001: SUCCESS without a handle");
                completion.expectUnchangedExcept("ADD-ATM-002", AddSaLayout.OFFLOAD_HANDLE, abi.handleSize());
            }
            case ADD_UDPESP_SA -> udpEspSuccess(context, completion);
            case DELETE_SA, DELETE_UDPESP_SA -> completion.expectUnchangedExcept("K3: a delete buffer is never written");
        }
    }

    private static void udpEspSuccess(CaseContext context, Completion completion) {
        Abi abi = completion.abi();
        requireHandle(completion.offloadHandle(), "ADD-HDL-001: SUCCESS without a handle");
        Decoded<UdpEspAddRequest> decoded = new RequestDecoder(context.profile(), false).addUdpEspSa(completion.sent());
        boolean writesEntry = decoded instanceof Decoded.Accepted<UdpEspAddRequest> accepted && accepted.value().request().direction() == Direction.INBOUND
                && accepted.value().encapEntryHandle() == 0;
        if (writesEntry) {
            requireHandle(completion.entryHandle(), "UDP-ENT-001: an inbound add with a NULL entry handle must write the entry's handle back");
            completion.expectUnchangedExcept("ADD-ATM-002", AddSaLayout.OFFLOAD_HANDLE, abi.handleSize(), AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi),
                    abi.handleSize());
        } else {
            completion.expectUnchangedExcept("UDP-ENT-003", AddSaLayout.OFFLOAD_HANDLE, abi.handleSize());
        }
    }

    /** Checks what a refused request writes back: adds a NULL handle where the field fits, deletes nothing at all. */
    static void writeBackOnFailure(Completion completion) {
        Abi abi = completion.abi();
        if (completion.oid() == Oid.DELETE_SA || completion.oid() == Oid.DELETE_UDPESP_SA) {
            completion.expectUnchangedExcept("K3: a delete buffer is never written");
            return;
        }
        if (completion.offloadHandle() != 0) {
            throw new ConformanceFailure("ADD-ATM-001: a refused add must write back a NULL OffloadHandle", "NULL",
                    "0x" + Long.toHexString(completion.offloadHandle()));
        }
        completion.expectUnchangedExcept("ADD-ATM-002", AddSaLayout.OFFLOAD_HANDLE, abi.handleSize());
    }

    private static void requireHandle(long handle, String what) {
        if (handle == 0) {
            throw new ConformanceFailure(what, "a non-NULL handle", "NULL");
        }
    }
}
