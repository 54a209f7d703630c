package io.sakit.conformance.check;

import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import java.util.List;
import java.util.Optional;

/**
 * Installs the bundles of a data-path case in the adapter (ADD_SA, or ADD_UDPESP_SA with its parser entry)
 * and reports whether the adapter's advertisement allows them at all.
 */
public final class Installation {

    private Installation() {
    }

    /** Returns why the adapter may refuse {@code bundle} with NOT_SUPPORTED, or empty when it must accept it. */
    public static Optional<Rejection> refusal(CaseContext context, Bundle bundle) {
        return bundle.isUdpEsp() ? CapabilityRules.refusal(udpEsp(bundle), context.capabilities().offload())
                : CapabilityRules.refusal(bundle.request(), context.capabilities().offload());
    }

    /** Returns whether the adapter advertises everything {@code bundles} need, and room for all of them at once. */
    public static boolean supported(CaseContext context, Bundles bundles) {
        List<Bundle> all = bundles.outermostFirst();
        int sas = all.stream().mapToInt(b -> b.request().securityAssociations().size()).sum();
        long ports = all.stream().filter(b -> b.isUdpEsp() && b.request().direction() == Direction.INBOUND).mapToInt(Bundle::encapsulationPort).distinct()
                .count();
        return sas <= context.capabilities().saCapacity() && ports <= context.capabilities().parserEntryCapacity()
                && all.stream().allMatch(b -> refusal(context, b).isEmpty());
    }

    /**
     * Adds {@code bundle} to the adapter and returns its handle.
     *
     * @throws ConformanceFailure when an advertised bundle is not accepted (CAP-HON-001)
     */
    public static long install(CaseContext context, Bundle bundle) {
        Oid oid = bundle.isUdpEsp() ? Oid.ADD_UDPESP_SA : Oid.ADD_SA;
        byte[] buffer = bundle.isUdpEsp() ? context.encoder().addUdpEspSa(udpEsp(bundle)) : context.encoder().addSa(bundle.request());
        context.installed(bundle.request());
        Completion completion = Completion.send(context.adapter(), oid, buffer, context.profile().abi());
        if (!completion.is(NdisStatus.SUCCESS) || completion.offloadHandle() == 0) {
            throw new ConformanceFailure("CAP-HON-001: installing the advertised bundle " + bundle + " for the case failed",
                    "SUCCESS with a handle", completion.status());
        }
        return completion.offloadHandle();
    }

    /** Installs every bundle of {@code bundles} and returns their handles, the offload bundle's first. */
    public static long[] installAll(CaseContext context, Bundles bundles) {
        List<Bundle> list = bundles.next().isPresent() ? List.of(bundles.offload(), bundles.next().get()) : List.of(bundles.offload());
        long[] handles = new long[list.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = install(context, list.get(i));
        }
        return handles;
    }

    /** Returns the ADD_UDPESP_SA request of a UDP-ESP bundle: encapsulation OTHER on its port, the parser entry found or created. */
    public static UdpEspAddRequest udpEsp(Bundle bundle) {
        return new UdpEspAddRequest(bundle.request(), UdpEncapType.OTHER, bundle.encapsulationPort(), 0);
    }
}
