package io.sakit.conformance.cases.del;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.generated.Generated;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.property.Gens;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.Filter;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.requirement.Family;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** DELETE_SA cases over generated bundles and handle values. */
public final class DeleteCases implements CaseSource {

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("DEL.generated.delete-live", Family.DEL, "deleting a live bundle succeeds once, with BytesRead sizeof(HANDLE)",
                        List.of("DEL-HDL-001", "DEL-LEN-002", "DEL-HDL-002"), DeleteCases::deleteLive),
                new SimpleCase("DEL.generated.unknown-handles", Family.DEL, "NULL and never-issued handles get INVALID_DATA and change nothing",
                        List.of("DEL-HDL-002"), DeleteCases::unknownHandles),
                new SimpleCase("DEL.generated.short-buffers", Family.DEL, "a buffer shorter than a HANDLE gets INVALID_LENGTH with BytesNeeded",
                        List.of("DEL-LEN-001"), DeleteCases::shortBuffers),
                new SimpleCase("DEL.generated.others-undisturbed", Family.DEL, "deleting one bundle leaves every other live",
                        List.of("DEL-HDL-003"), DeleteCases::othersUndisturbed));
    }

    private record ShapeAndExtra(Shape shape, int extra) {
    }

    private record ShapesAndVictim(List<Shape> shapes, int victim) {
    }

    private static List<Shape> supported(CaseContext context) {
        List<Shape> shapes = Shape.all().stream()
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).toList();
        if (shapes.isEmpty()) {
            throw new NotApplicable("no request shape is advertised");
        }
        return shapes;
    }

    private static long add(CaseContext context, Shape shape, int spi) {
        Completion completion = Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(shape.request(spi, Filter.ANY)), context.profile().abi())
                .expectStatus(NdisStatus.SUCCESS, "adding an advertised " + shape.name());
        return completion.offloadHandle();
    }

    private static Completion delete(CaseContext context, byte[] buffer) {
        return Completion.send(context.adapter(), Oid.DELETE_SA, buffer, context.profile().abi());
    }

    private static void deleteLive(CaseContext context) {
        List<Shape> shapes = supported(context);
        Abi abi = context.profile().abi();
        Generated.check(context, Gens.pick(shapes).zip(Gens.ints(0, 8), ShapeAndExtra::new), pair -> {
            context.adapter().reset();
            Shape shape = pair.shape();
            long handle = add(context, shape, 0x40);
            byte[] buffer = Arrays.copyOf(context.encoder().deleteSa(handle), abi.handleSize() + pair.extra());
            delete(context, buffer).expectStatus(NdisStatus.SUCCESS, "DEL-HDL-001: deleting the live " + shape.name())
                    .expectBytesRead(abi.handleSize(), "DEL-LEN-002");
            delete(context, buffer).expectStatus(NdisStatus.INVALID_DATA, "DEL-HDL-002: deleting the same handle again");
        });
    }

    private static void unknownHandles(CaseContext context) {
        Abi abi = context.profile().abi();
        Shape shape = supported(context).get(0);
        Generated.check(context, Gens.longs(0, abi.maxHandle() == -1 ? Long.MAX_VALUE : abi.maxHandle()), bogus -> {
            context.adapter().reset();
            long live = add(context, shape, 0x60);
            if (bogus == live) {
                return;
            }
            delete(context, context.encoder().deleteSa(bogus)).expectStatus(NdisStatus.INVALID_DATA,
                    "DEL-HDL-002: deleting handle 0x" + Long.toHexString(bogus) + ", which was never issued");
            delete(context, context.encoder().deleteSa(live)).expectStatus(NdisStatus.SUCCESS,
                    "DEL-HDL-002: the live bundle must be untouched by the refused delete");
        });
        context.adapter().reset();
        delete(context, context.encoder().deleteSa(0)).expectStatus(NdisStatus.INVALID_DATA, "DEL-HDL-002: deleting NULL");
    }

    private static void shortBuffers(CaseContext context) {
        Abi abi = context.profile().abi();
        Shape shape = supported(context).get(0);
        context.adapter().reset();
        long live = add(context, shape, 0x80);
        for (int length = 0; length < abi.handleSize(); length++) {
            byte[] buffer = Arrays.copyOf(context.encoder().deleteSa(live), length);
            delete(context, buffer).expectStatus(NdisStatus.INVALID_LENGTH, "DEL-LEN-001: a " + length + "-byte buffer")
                    .expectBytesNeeded(context.profile().bytesNeeded().bytesNeeded(abi.handleSize(), length), "DEL-LEN-001");
        }
        delete(context, context.encoder().deleteSa(live)).expectStatus(NdisStatus.SUCCESS, "DEL-LEN-001: the short buffers must change nothing");
    }

    private static void othersUndisturbed(CaseContext context) {
        List<Shape> shapes = supported(context);
        int room = Math.max(2, Math.min(12, context.capabilities().saCapacity() / 2));
        Generated.check(context, Gens.lists(Gens.pick(shapes), 2, room).zip(Gens.ints(0, room), ShapesAndVictim::new), pair -> {
            context.adapter().reset();
            List<Shape> bundle = pair.shapes();
            List<Long> handles = new ArrayList<>();
            int used = 0;
            for (int i = 0; i < bundle.size() && used + bundle.get(i).parameters().size() <= context.capabilities().saCapacity(); i++) {
                handles.add(add(context, bundle.get(i), 0x1000 + 4 * i));
                used += bundle.get(i).parameters().size();
            }
            int victim = pair.victim() % handles.size();
            delete(context, context.encoder().deleteSa(handles.get(victim))).expectStatus(NdisStatus.SUCCESS, "deleting one live bundle");
            for (int i = 0; i < handles.size(); i++) {
                if (i != victim) {
                    Completion c = delete(context, context.encoder().deleteSa(handles.get(i)));
                    if (!c.is(NdisStatus.SUCCESS)) {
                        throw new ConformanceFailure("DEL-HDL-003: bundle " + i + " of " + handles.size() + " is no longer live after deleting bundle " + victim,
                                "NDIS_STATUS_SUCCESS for deleting it", c.status());
                    }
                }
            }
        });
    }
}
