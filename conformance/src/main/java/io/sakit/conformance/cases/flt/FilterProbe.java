package io.sakit.conformance.cases.flt;

import io.sakit.conformance.check.Installation;
import io.sakit.conformance.check.ReceiveJudgement;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.spec.capability.Capability;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.spi.Classifier;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.generate.Scenario;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Receiver;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Asks an adapter whether a filter matches a header tuple: through its classifier when it exposes one
 * (FLT-CLS-001), else by receiving a packet with that tuple on an inbound bundle with that filter.
 */
final class FilterProbe {

    private FilterProbe() {
    }

    /** Requires the adapter to find {@code expected} for {@code filter} and {@code packet}; {@code requirement} names the rule. */
    static void expect(CaseContext context, Filter filter, Optional<Tunnel> tunnel, FlowKey packet, boolean expected, String requirement) {
        Optional<Classifier> classifier = context.adapter().classifier();
        if (classifier.isPresent()) {
            byClassifier(context, classifier.get(), filter, tunnel, packet, expected, requirement);
        } else if (context.capabilities().has(Capability.RECEIVE)) {
            byReceive(context, filter, tunnel, packet, expected, requirement);
        } else {
            throw new NotApplicable("the adapter neither exposes its classifier nor advertises receive");
        }
    }

    private static Shape shape(CaseContext context, Direction direction, boolean tunnel) {
        return Shape.all().stream().filter(s -> s.direction() == direction && s.tunnel() == tunnel && !s.isBundle())
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no " + (tunnel ? "tunnel " : "transport ") + direction.name().toLowerCase(java.util.Locale.ROOT)
                        + " single-SA shape is advertised"));
    }

    private static AddSaRequest request(CaseContext context, Direction direction, Filter filter, Optional<Tunnel> tunnel) {
        AddSaRequest template = shape(context, direction, tunnel.isPresent()).request(0x4000, filter);
        return new AddSaRequest(filter, tunnel.orElse(Tunnel.NONE), direction, template.securityAssociations());
    }

    private static void byClassifier(CaseContext context, Classifier classifier, Filter filter, Optional<Tunnel> tunnel, FlowKey packet,
            boolean expected, String requirement) {
        long handle = Installation.install(context, Bundle.plain(request(context, Direction.INBOUND, filter, tunnel)));
        long[] found = classifier.matchingHandles(Direction.INBOUND, packet);
        boolean matched = Arrays.stream(found).anyMatch(h -> h == handle);
        if (found.length > 1 || (found.length == 1 && !matched)) {
            throw new ConformanceFailure("FLT-CLS-001: the classifier returned handles of no live bundle", "at most the one live bundle",
                    Arrays.toString(found));
        }
        if (matched != expected) {
            throw new ConformanceFailure(requirement + ": " + filter + " and " + packet, expected ? "match" : "no match", matched ? "match" : "no match");
        }
    }

    private static void byReceive(CaseContext context, Filter filter, Optional<Tunnel> tunnel, FlowKey packet, boolean expected, String requirement) {
        Bundle bundle = Bundle.plain(request(context, Direction.INBOUND, filter, tunnel));
        Installation.install(context, bundle);
        Scenario scenario = new Scenario(plain(packet), Bundles.of(bundle), FrameOptions.DEFAULT, 1);
        byte[] protectedPacket = scenario.protectedPacket();
        ReceiveResult peer = new Receiver(List.of(bundle), DataPathFeatures.of(context.capabilities().offload())).receive(protectedPacket);
        if (peer.info().cryptoDone() != expected) {
            throw new IllegalStateException("the kit's peer disagrees with the vector on " + filter + " and " + packet);
        }
        ReceiveJudgement.expect(context, protectedPacket, peer, context.adapter().receive(protectedPacket), requirement);
    }

    /** Returns a datagram with the header tuple {@code flow} and a small payload. */
    static PlainPacket plain(FlowKey flow) {
        Octets data = Octets.of(new byte[] {0x53, 0x41, 0x4B, 0x49, 0x54, 0x21, 0x00, 0x01});
        Payload payload = switch (flow.protocol()) {
            case Filter.TCP -> new Payload.Tcp(flow.sourcePort(), flow.destinationPort(), data);
            case Filter.UDP -> new Payload.Udp(flow.sourcePort(), flow.destinationPort(), data);
            case 1 -> new Payload.Icmp(8, 0, data);
            default -> new Payload.Raw(flow.protocol(), data);
        };
        return PlainPacket.of(Ipv4Header.of(flow.protocol(), flow.source(), flow.destination()), payload);
    }
}
