package io.sakit.conformance.cases.tx;

import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.IvSource;
import io.sakit.testkit.peer.LayoutResult;
import io.sakit.testkit.peer.Sender;
import io.sakit.testkit.peer.TransmitLayout;
import io.sakit.testkit.verify.Finding;
import io.sakit.testkit.verify.TransmitVerifier;
import io.sakit.testkit.verify.Verdict;
import java.util.Arrays;

/** Judges one transmit: the status the peer's sender gives, then the verifier's findings on a successful packet. */
final class TransmitJudgement {

    private TransmitJudgement() {
    }

    static void expect(CaseContext context, byte[] framed, Bundles bundles, TransmitResult actual, String fallbackRule) {
        context.capture("transmit input", framed);
        DataPathFeatures features = DataPathFeatures.of(context.capabilities().offload());
        TransmitResult expected = new Sender(IvSource.secureRandom(), features).protect(framed, bundles);
        String refusalRule = TransmitLayout.read(framed, bundles, features) instanceof LayoutResult.Refused refused
                ? refused.requirement() + " (" + refused.reason() + ")" : fallbackRule;
        if (expected.status() != actual.status()) {
            context.capture("transmit output", actual.packet());
            String rule = expected.status() == NdisStatus.SUCCESS.code() ? fallbackRule : refusalRule;
            throw new ConformanceFailure(rule + ": transmit status", NdisStatus.describe(expected.status()), NdisStatus.describe(actual.status()));
        }
        if (actual.status() != NdisStatus.SUCCESS.code()) {
            if (!Arrays.equals(framed, actual.packet())) {
                context.capture("transmit output", actual.packet());
                throw new ConformanceFailure(refusalRule + ": a refused transmit must return the packet unchanged", "unchanged", "changed");
            }
            return;
        }
        Verdict verdict = new TransmitVerifier().verify(framed, actual.packet(), bundles);
        if (!verdict.conforms()) {
            context.capture("transmit output", actual.packet());
            Finding first = verdict.findings().get(0);
            throw new ConformanceFailure(first.requirement() + ": " + first.describe(), "a transmit the verifier accepts", verdict.report());
        }
    }
}
