package io.sakit.conformance.vectors;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.vector.HandleField;
import io.sakit.spec.vector.OidRequestGroup;
import io.sakit.spec.vector.OidRequestTest;
import io.sakit.spec.vector.RequestStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One oid_request vector as a case: run the setup steps, send the request, judge the completion as the vector says. */
record OidRequestVectorCase(String file, Family family, OidRequestGroup group, OidRequestTest test, List<String> requirements) implements ConformanceCase {

    @Override
    public String id() {
        return family + ".vector." + file.replace(".json", "") + "-" + test.tcId();
    }

    @Override
    public String title() {
        return test.comment() + " [" + file + "#" + test.tcId() + ", " + group.abi().token() + group.keyOrder().map(k -> ", " + k.token()).orElse("") + "]";
    }

    @Override
    public void run(CaseContext context) {
        if (!group.appliesTo(context.profile())) {
            throw new NotApplicable("the vector is for abi " + group.abi().token() + group.keyOrder().map(k -> " and key order " + k.token()).orElse("")
                    + "; the adapter's profile is " + context.profile().canonical());
        }
        context.vector(file + "#" + test.tcId());
        VectorRoom room = VectorRoom.of(test, context.capabilities());
        context.requireRoom(room.sas(), room.parserEntries());
        Abi abi = context.profile().abi();
        List<Completion> setup = new ArrayList<>();
        for (RequestStep step : test.setup()) {
            setup.add(runSetup(context, step, setup));
        }
        byte[] buffer = test.request().bufferWith((index, field) -> handle(setup.get(index), field), abi);
        Optional<Rejection> refusal = notSupported(context, test.request().oid(), buffer);
        Completion completion = Completion.send(context.adapter(), test.request().oid(), buffer, abi);
        if (refusal.isPresent()) {
            context.checks(refusal.get().requirementId());
            completion.expectStatus(NdisStatus.NOT_SUPPORTED, refusal.get().requirementId() + " (" + refusal.get().reason() + ")");
            VectorJudgement.writeBackOnFailure(completion);
            return;
        }
        VectorJudgement.judge(context, test, completion);
    }

    /** Returns the handle a completed step wrote back in {@code field}. */
    static long handle(Completion step, HandleField field) {
        return field == HandleField.OFFLOAD_HANDLE ? step.offloadHandle() : step.entryHandle();
    }

    private Completion runSetup(CaseContext context, RequestStep step, List<Completion> earlier) {
        Abi abi = context.profile().abi();
        byte[] buffer = step.bufferWith((index, field) -> handle(earlier.get(index), field), abi);
        Optional<Rejection> refusal = notSupported(context, step.oid(), buffer);
        if (refusal.isPresent()) {
            throw new NotApplicable("the setup needs what is not advertised: " + refusal.get().reason());
        }
        Completion completion = Completion.send(context.adapter(), step.oid(), buffer, abi);
        if (!completion.is(NdisStatus.SUCCESS)) {
            throw new ConformanceFailure("setup step " + (earlier.size() + 1) + " (" + step.oid() + ") of the vector must succeed",
                    NdisStatus.describe(NdisStatus.SUCCESS.code()), completion.status());
        }
        return completion;
    }

    /** Returns the NOT_SUPPORTED a structurally valid add gets from this adapter's advertisement, if any. */
    private static Optional<Rejection> notSupported(CaseContext context, Oid oid, byte[] buffer) {
        RequestDecoder decoder = new RequestDecoder(context.profile(), false);
        if (oid == Oid.ADD_SA && decoder.addSa(buffer) instanceof Decoded.Accepted<?> accepted) {
            return CapabilityRules.refusal((io.sakit.spec.model.AddSaRequest) accepted.value(), context.capabilities().offload());
        }
        if (oid == Oid.ADD_UDPESP_SA && decoder.addUdpEspSa(buffer) instanceof Decoded.Accepted<?> accepted) {
            return CapabilityRules.refusal((io.sakit.spec.model.UdpEspAddRequest) accepted.value(), context.capabilities().offload());
        }
        return Optional.empty();
    }
}
