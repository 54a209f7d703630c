package io.sakit.conformance.cases.rob;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Installation;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.generate.BundleGenerators;
import io.sakit.testkit.generate.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Arbitrary and damaged packets for receive and transmit, with a bundle installed on the adapter and on the
 * reference model: the answers are defined and equal to the model's, whose data path the spec fixes byte for byte.
 */
public final class PacketRobustnessCases implements CaseSource {

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("ROB.generated.receive-any-bytes", Family.ROB, "receive answers any bytes as the reference model does",
                        List.of("ROB-PKT-001"), PacketRobustnessCases::receiveAnyBytes),
                new SimpleCase("ROB.generated.transmit-any-bytes", Family.ROB, "transmit answers any bytes and handles with SUCCESS or INVALID_PACKET",
                        List.of("ROB-PKT-002"), PacketRobustnessCases::transmitAnyBytes));
    }

    private record Noise(Scenario scenario, byte[] bytes, int cut) {
        @Override
        public String toString() {
            return scenario + " then " + bytes.length + " bytes " + java.util.HexFormat.of().formatHex(bytes) + ", cut " + cut;
        }
    }

    private static Gen<Noise> noise(Direction direction) {
        return BundleGenerators.anyScenario(direction).zip(Gens.bytes(0, 200), Gens.ints(0, 400), Noise::new);
    }

    private static long install(CaseContext context, OffloadAdapter adapter, Bundle bundle) {
        if (adapter == context.adapter()) {
            context.installed(bundle.request());
        }
        Oid oid = bundle.isUdpEsp() ? Oid.ADD_UDPESP_SA : Oid.ADD_SA;
        byte[] buffer = bundle.isUdpEsp() ? context.encoder().addUdpEspSa(Installation.udpEsp(bundle)) : context.encoder().addSa(bundle.request());
        return Completion.send(adapter, oid, buffer, context.profile().abi()).expectStatus(NdisStatus.SUCCESS, "installing " + bundle).offloadHandle();
    }

    private static void receiveAnyBytes(CaseContext context) {
        OffloadAdapter oracle = context.oracle();
        Generated.check(context, noise(Direction.INBOUND), n -> {
            Bundle bundle = n.scenario().bundles().offload();
            if (Installation.refusal(context, bundle).isPresent()) {
                return;
            }
            context.adapter().reset();
            oracle.reset();
            install(context, context.adapter(), bundle);
            install(context, oracle, bundle);
            for (byte[] packet : List.of(n.bytes(), truncated(n.scenario().protectedPacket(), n.cut()))) {
                ReceiveResult expected = oracle.receive(packet.clone());
                ReceiveResult actual = context.adapter().receive(packet.clone());
                if (!same(expected, actual)) {
                    context.capture("receive input", packet);
                    throw new ConformanceFailure("ROB-PKT-001: receive of " + packet.length + " arbitrary or cut bytes", describe(expected), describe(actual));
                }
            }
        });
    }

    private static byte[] truncated(byte[] packet, int cut) {
        return Arrays.copyOf(packet, Math.max(0, packet.length - cut % (packet.length + 1)));
    }

    private static boolean same(ReceiveResult a, ReceiveResult b) {
        ReceiveInfo x = a.info();
        ReceiveInfo y = b.info();
        return x.cryptoDone() == y.cryptoDone() && x.nextCryptoDone() == y.nextCryptoDone() && x.cryptoStatus() == y.cryptoStatus()
                && Arrays.equals(a.packet(), b.packet());
    }

    private static String describe(ReceiveResult result) {
        return result.info() + " with " + result.packet().length + " bytes";
    }

    private static void transmitAnyBytes(CaseContext context) {
        OffloadAdapter oracle = context.oracle();
        Generated.check(context, noise(Direction.OUTBOUND), n -> {
            Bundle bundle = n.scenario().bundles().offload();
            if (Installation.refusal(context, bundle).isPresent()) {
                return;
            }
            context.adapter().reset();
            oracle.reset();
            long handle = install(context, context.adapter(), bundle);
            long oracleHandle = install(context, oracle, bundle);
            byte[] packet = n.bytes();
            TransmitResult expected = oracle.transmit(packet.clone(), oracleHandle, 0);
            TransmitResult actual = context.adapter().transmit(packet.clone(), handle, 0);
            boolean defined = actual.status() == NdisStatus.SUCCESS.code() || actual.status() == NdisStatus.INVALID_PACKET.code();
            if (!defined || actual.status() != expected.status()) {
                context.capture("transmit input", packet);
                throw new ConformanceFailure("ROB-PKT-002: transmit of " + packet.length + " arbitrary bytes", NdisStatus.describe(expected.status()),
                        NdisStatus.describe(actual.status()));
            }
        });
    }
}
