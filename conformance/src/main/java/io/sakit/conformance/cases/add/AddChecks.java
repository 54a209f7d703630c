package io.sakit.conformance.cases.add;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import java.util.Optional;

/** The checks every ADD_SA completion gets: the status the spec assigns, and what SUCCESS or a failure must write back. */
final class AddChecks {

    private AddChecks() {
    }

    /** Returns the status a valid request must get from this adapter: SUCCESS, or NOT_SUPPORTED when a feature is not advertised. */
    static Optional<Rejection> refusal(CaseContext context, AddSaRequest request) {
        return CapabilityRules.refusal(request, context.capabilities().offload());
    }

    /** Sends a valid request and checks its completion; returns the completion. */
    static Completion addValid(CaseContext context, AddSaRequest request) {
        byte[] buffer = context.encoder().addSa(request);
        Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, buffer, context.profile().abi());
        Optional<Rejection> refusal = refusal(context, request);
        if (refusal.isPresent()) {
            completion.expectStatus(NdisStatus.NOT_SUPPORTED, refusal.get().requirementId() + " (" + refusal.get().reason() + ")");
            return expectRefusedWriteBack(completion);
        }
        completion.expectStatus(NdisStatus.SUCCESS, "ADD-OID-001: a valid, advertised " + request);
        completion.expectBytesRead(AddSaLayout.ADD_SA.keyMaterial(context.profile().abi()) + request.keyLength(), "ADD-LEN-005");
        if (completion.offloadHandle() == 0) {
            throw new ConformanceFailure("ADD-HDL-001: SUCCESS without a handle", "a non-NULL OffloadHandle", "NULL");
        }
        return completion.expectUnchangedExcept("ADD-ATM-002", AddSaLayout.OFFLOAD_HANDLE, context.profile().abi().handleSize());
    }

    /** Checks what a refused add writes back: a NULL handle when the field fits, nothing else changed. */
    static Completion expectRefusedWriteBack(Completion completion) {
        Abi abi = completion.abi();
        if (completion.offloadHandle() != 0) {
            throw new ConformanceFailure("ADD-ATM-001: a refused add must write back a NULL OffloadHandle", "NULL",
                    "0x" + Long.toHexString(completion.offloadHandle()));
        }
        return completion.expectUnchangedExcept("ADD-ATM-002", AddSaLayout.OFFLOAD_HANDLE, abi.handleSize());
    }
}
