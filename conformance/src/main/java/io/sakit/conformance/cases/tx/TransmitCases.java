package io.sakit.conformance.cases.tx;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Installation;
import io.sakit.conformance.check.Scenarios;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.capability.Capability;
import io.sakit.spec.model.Direction;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.Framed;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.verify.IvRepetition;
import io.sakit.testkit.verify.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Generated transmit cases, judged by the peer's sender (status) and the independent verifier (bytes). */
public final class TransmitCases implements CaseSource {

    private static final int IV_TRANSMITS = 64;

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("TX.generated.framed-packets", Family.TX, "framed packets on installed outbound bundles are protected exactly as the spec says",
                        List.of("TX-AH-001", "TX-ESP-001", "TX-ESP-002", "TX-FRM-001", "TX-BND-001", "TX-TTC-001", "TX-OPT-001", "CAP-TTC-001", "CAP-OPT-001",
                                "ADD-KEY-003", "UDP-TX-001"),
                        TransmitCases::framedPackets),
                new SimpleCase("TX.generated.damaged-layouts", Family.TX, "a framed packet with one byte changed is refused or protected as the spec says",
                        List.of("TX-SYN-001", "TX-FRG-001"), TransmitCases::damagedLayouts),
                new SimpleCase("TX.generated.wrong-handles", Family.TX, "unknown, inbound and deleted handles are refused with the packet unchanged",
                        List.of("TX-HDL-001", "DEL-HDL-001"), TransmitCases::wrongHandles),
                new SimpleCase("TX.generated.outside-filter", Family.TX, "the outbound filter is not applied on transmit", List.of("TX-FLT-001"),
                        TransmitCases::outsideFilter),
                new SimpleCase("TX.generated.distinct-ivs", Family.TX, "64 transmits of one packet carry 64 distinct IVs", List.of("TX-IV-001"),
                        TransmitCases::distinctIvs));
    }

    private static TransmitResult transmit(CaseContext context, Framed framed, long[] handles) {
        return context.adapter().transmit(framed.packet(), handles[0], handles.length > 1 ? handles[1] : 0);
    }

    private static void framedPackets(CaseContext context) {
        context.require(Capability.SEND);
        Generated.check(context, BundleGenerators.anyScenario(Direction.OUTBOUND), scenario -> {
            if (!Installation.supported(context, scenario.bundles())) {
                return;
            }
            context.adapter().reset();
            long[] handles = Installation.installAll(context, scenario.bundles());
            Framed framed = scenario.framed();
            TransmitJudgement.expect(context, framed.packet(), scenario.bundles(), transmit(context, framed, handles), "TX-ESP-001");
        });
    }

    private record Damaged(Scenario scenario, int offset, int value) {
        @Override
        public String toString() {
            return scenario + " with byte " + offset + " := 0x" + Integer.toHexString(value);
        }
    }

    private static void damagedLayouts(CaseContext context) {
        context.require(Capability.SEND);
        Gen<Damaged> damaged = BundleGenerators.anyScenario(Direction.OUTBOUND).zip(Gens.ints(0, 127), Gens.ints(0, 255), Damaged::new);
        Generated.check(context, damaged, d -> {
            if (!Installation.supported(context, d.scenario().bundles())) {
                return;
            }
            context.adapter().reset();
            long[] handles = Installation.installAll(context, d.scenario().bundles());
            byte[] packet = d.scenario().framed().packet();
            packet[d.offset() % packet.length] = (byte) d.value();
            TransmitResult actual = context.adapter().transmit(packet.clone(), handles[0], handles.length > 1 ? handles[1] : 0);
            TransmitJudgement.expect(context, packet, d.scenario().bundles(), actual, "TX-SYN-001");
        });
    }

    private static void wrongHandles(CaseContext context) {
        context.require(Capability.SEND);
        Generated.check(context, BundleGenerators.anyScenario(Direction.OUTBOUND).zip(Gens.longs(1, 0xFFFF_FFFFL), Wrong::new), w -> {
            Bundles bundles = w.scenario().bundles();
            if (!Installation.supported(context, bundles) || bundles.next().isPresent()) {
                return;
            }
            context.adapter().reset();
            Bundle bundle = bundles.offload();
            long handle = Installation.install(context, bundle);
            Framed framed = w.scenario().framed();
            if (w.bogus() != handle) {
                expectRefused(context, framed.packet(), w.bogus(), "TX-HDL-001: a handle that was never issued");
            }
            Oid oid = bundle.isUdpEsp() ? Oid.DELETE_UDPESP_SA : Oid.DELETE_SA;
            byte[] delete = bundle.isUdpEsp() ? context.encoder().deleteUdpEspSa(handle, 0) : context.encoder().deleteSa(handle);
            Completion.send(context.adapter(), oid, delete, context.profile().abi()).expectStatus(NdisStatus.SUCCESS, "deleting the bundle");
            expectRefused(context, framed.packet(), handle, "DEL-HDL-001: the handle of a deleted bundle");
        });
    }

    private record Wrong(Scenario scenario, long bogus) {
    }

    private static void expectRefused(CaseContext context, byte[] packet, long handle, String what) {
        TransmitResult result = context.adapter().transmit(packet.clone(), handle, 0);
        if (result.status() != NdisStatus.INVALID_PACKET.code() || !java.util.Arrays.equals(packet, result.packet())) {
            context.capture("transmit input", packet);
            throw new ConformanceFailure(what, "NDIS_STATUS_INVALID_PACKET with the packet unchanged", NdisStatus.describe(result.status())
                    + (java.util.Arrays.equals(packet, result.packet()) ? "" : " with the packet changed"));
        }
    }

    private static void outsideFilter(CaseContext context) {
        context.require(Capability.SEND);
        Gen<Scenario> outside = Scenarios.outsideFilter(BundleGenerators.anyScenario(Direction.OUTBOUND));
        Generated.check(context, outside, scenario -> {
            if (!Installation.supported(context, scenario.bundles())) {
                return;
            }
            context.adapter().reset();
            long[] handles = Installation.installAll(context, scenario.bundles());
            Framed framed = scenario.framed();
            TransmitJudgement.expect(context, framed.packet(), scenario.bundles(), transmit(context, framed, handles), "TX-FLT-001");
        });
    }

    private static void distinctIvs(CaseContext context) {
        context.require(Capability.SEND);
        Gen<Scenario> scenarios = BundleGenerators.anyScenario(Direction.OUTBOUND);
        Generated.check(context, scenarios, scenario -> {
            if (!Installation.supported(context, scenario.bundles())) {
                return;
            }
            context.adapter().reset();
            long[] handles = Installation.installAll(context, scenario.bundles());
            Framed framed = scenario.framed();
            List<byte[]> transmitted = new ArrayList<>();
            for (int i = 0; i < IV_TRANSMITS; i++) {
                TransmitResult result = transmit(context, framed, handles);
                if (result.status() != NdisStatus.SUCCESS.code()) {
                    return;
                }
                transmitted.add(result.packet());
            }
            Verdict verdict = IvRepetition.check(transmitted, framed.layout(), scenario.bundles());
            if (!verdict.conforms()) {
                throw new ConformanceFailure("TX-IV-001: " + verdict.report(), IV_TRANSMITS + " distinct IVs", "repeated IVs");
            }
        });
    }
}
