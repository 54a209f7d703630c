package io.sakit.conformance.cases.rx;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Installation;
import io.sakit.conformance.check.Scenarios;
import io.sakit.conformance.check.ReceiveJudgement;
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
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.generate.Shape;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Receiver;
import java.util.List;

/** Generated receive cases, judged against the software peer's receive. */
public final class ReceiveCases implements CaseSource {

    private static final List<Shape> AH_SHAPES = List.of(Shape.AH_TRANSPORT, Shape.AH_TUNNEL, Shape.ESP_AH_TRANSPORT, Shape.ESP_AH_TUNNEL);
    private static final List<Shape> ESP_SHAPES = List.of(Shape.ESP_TRANSPORT, Shape.ESP_TUNNEL, Shape.UDP_ESP_TRANSPORT, Shape.UDP_ESP_TUNNEL);

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("RX.generated.protected-packets", Family.RX, "packets protected for installed inbound bundles are processed as the spec says",
                        List.of("RX-AH-001", "RX-ESP-001", "RX-ESP-003", "RX-ESP-004", "RX-BND-001", "RX-TTC-001", "RX-NXT-001", "RX-LKP-001", "RX-OPT-001",
                                "CAP-OPT-001", "ADD-KEY-003", "UDP-RX-001"),
                        ReceiveCases::protectedPackets),
                new SimpleCase("RX.generated.tampered-ah", Family.RX, "a packet of an AH bundle with one bit flipped gets the status of the step that fails",
                        List.of("RX-AH-002", "RX-SYN-001", "RX-PRO-001", "RX-BND-001"), context -> tamperedPackets(context, AH_SHAPES)),
                new SimpleCase("RX.generated.tampered-esp", Family.RX, "a packet of an ESP bundle with one bit flipped gets the status of the step that fails",
                        List.of("RX-ESP-002", "RX-SYN-001"), context -> tamperedPackets(context, ESP_SHAPES)),
                new SimpleCase("RX.generated.no-inbound-bundle", Family.RX, "packets whose bundle is missing or outbound are indicated unprocessed",
                        List.of("RX-LKP-002", "RX-LKP-003"), ReceiveCases::noInboundBundle),
                new SimpleCase("RX.generated.filter-mismatch", Family.RX, "a verified packet outside the bundle's filter is indicated unprocessed",
                        List.of("RX-FLT-001", "FLT-MAT-007"), ReceiveCases::filterMismatch),
                new SimpleCase("RX.generated.fragments", Family.RX, "fragments are never processed", List.of("RX-FRG-001"), ReceiveCases::fragments),
                new SimpleCase("RX.generated.after-delete", Family.RX, "packets of a deleted bundle are indicated unprocessed, other bundles unaffected",
                        List.of("DEL-HDL-001", "RX-DEL-001"), ReceiveCases::afterDelete));
    }

    private static DataPathFeatures features(CaseContext context) {
        return DataPathFeatures.of(context.capabilities().offload());
    }

    private static void protectedPackets(CaseContext context) {
        context.require(Capability.RECEIVE);
        Generated.check(context, BundleGenerators.anyScenario(Direction.INBOUND), scenario -> {
            if (!Installation.supported(context, scenario.bundles())) {
                return;
            }
            context.adapter().reset();
            Installation.installAll(context, scenario.bundles());
            byte[] packet = scenario.protectedPacket();
            ReceiveResult expected = new Receiver(scenario.bundles().outermostFirst(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, expected, context.adapter().receive(packet), "RX-OPT-001");
        });
    }

    private record Tampered(Scenario scenario, int bit) {
        @Override
        public String toString() {
            return scenario + " with bit " + bit + " flipped";
        }
    }

    private static void tamperedPackets(CaseContext context, List<Shape> shapes) {
        context.require(Capability.RECEIVE);
        Gen<Scenario> scenarios = Gens.pick(shapes).flatMap(shape -> BundleGenerators.scenarios(shape, Direction.INBOUND));
        Gen<Tampered> tampered = scenarios.zip(Gens.ints(0, Integer.MAX_VALUE), Tampered::new);
        Generated.check(context, tampered, t -> {
            if (!Installation.supported(context, t.scenario().bundles())) {
                return;
            }
            context.adapter().reset();
            Installation.installAll(context, t.scenario().bundles());
            byte[] packet = t.scenario().protectedPacket();
            int header = (packet[0] & 0x0F) * 4;
            int bit = header * 8 + t.bit() % ((packet.length - header) * 8);
            packet[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            ReceiveResult expected = new Receiver(t.scenario().bundles().outermostFirst(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, expected, context.adapter().receive(packet), "RX-LKP-002");
        });
    }

    private static void noInboundBundle(CaseContext context) {
        context.require(Capability.RECEIVE);
        Generated.check(context, BundleGenerators.anyScenario(Direction.OUTBOUND), scenario -> {
            if (!Installation.supported(context, scenario.bundles())) {
                return;
            }
            context.adapter().reset();
            byte[] packet = scenario.protectedPacket();
            ReceiveResult unprocessed = new Receiver(List.of(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, unprocessed, context.adapter().receive(packet), "RX-LKP-002");
            Installation.installAll(context, scenario.bundles());
            ReceiveJudgement.expect(context, packet, unprocessed, context.adapter().receive(packet), "RX-LKP-003");
        });
    }

    private static void filterMismatch(CaseContext context) {
        context.require(Capability.RECEIVE);
        Gen<Scenario> outside = Scenarios.outsideFilter(BundleGenerators.anyScenario(Direction.INBOUND));
        Generated.check(context, outside, scenario -> {
            if (!Installation.supported(context, scenario.bundles()) || scenario.bundles().offload().isUdpEsp()) {
                return;
            }
            context.adapter().reset();
            Installation.installAll(context, scenario.bundles());
            byte[] packet = scenario.protectedPacket();
            ReceiveResult expected = new Receiver(scenario.bundles().outermostFirst(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, expected, context.adapter().receive(packet), "RX-FLT-001");
        });
    }

    private static void fragments(CaseContext context) {
        context.require(Capability.RECEIVE);
        Generated.check(context, BundleGenerators.anyScenario(Direction.INBOUND).zip(Gens.booleans(), (s, more) -> new Fragment(s, more)), f -> {
            if (!Installation.supported(context, f.scenario().bundles())) {
                return;
            }
            context.adapter().reset();
            Installation.installAll(context, f.scenario().bundles());
            byte[] packet = f.scenario().protectedPacket();
            packet[6] = (byte) (f.moreFragments() ? packet[6] | 0x20 : packet[6] | 0x01);
            ReceiveResult unprocessed = new Receiver(List.of(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, unprocessed, context.adapter().receive(packet), "RX-FRG-001");
        });
    }

    private record Fragment(Scenario scenario, boolean moreFragments) {
    }

    private static void afterDelete(CaseContext context) {
        context.require(Capability.RECEIVE);
        Generated.check(context, BundleGenerators.anyScenario(Direction.INBOUND), scenario -> {
            Bundles bundles = scenario.bundles();
            if (!Installation.supported(context, bundles) || bundles.next().isPresent()) {
                return;
            }
            context.adapter().reset();
            Bundle bundle = bundles.offload();
            long handle = Installation.install(context, bundle);
            byte[] packet = scenario.protectedPacket();
            ReceiveResult processed = new Receiver(List.of(bundle), features(context)).receive(packet);
            for (int i = 0; i < 3; i++) {
                try {
                    ReceiveJudgement.expect(context, packet, processed, context.adapter().receive(packet.clone()), "RX-DEL-001");
                } catch (ConformanceFailure failure) {
                    throw new ConformanceFailure("RX-DEL-001: receive " + (i + 1) + " of the same packet on a live bundle: " + failure.getMessage(),
                            failure.expected().orElse(null), failure.actual().orElse(null));
                }
            }
            Oid oid = bundle.isUdpEsp() ? Oid.DELETE_UDPESP_SA : Oid.DELETE_SA;
            byte[] delete = bundle.isUdpEsp() ? context.encoder().deleteUdpEspSa(handle, 0) : context.encoder().deleteSa(handle);
            Completion.send(context.adapter(), oid, delete, context.profile().abi()).expectStatus(NdisStatus.SUCCESS, "deleting the bundle");
            ReceiveResult unprocessed = new Receiver(List.of(), features(context)).receive(packet);
            ReceiveJudgement.expect(context, packet, unprocessed, context.adapter().receive(packet), "DEL-HDL-001");
        });
    }
}
