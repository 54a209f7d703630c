package io.sakit.conformance.cases.cap;

import io.sakit.conformance.check.Completion;
import io.sakit.conformance.check.Shape;
import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.CaseSource;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.conformance.suite.NotApplicable;
import io.sakit.conformance.suite.SimpleCase;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.model.Filter;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.requirement.Family;
import java.util.ArrayList;
import java.util.List;

/** The capacity cases: the declared capacity is reached exactly, counted in SAs, and a delete gives room back. */
public final class CapacityCases implements CaseSource {

    /** The largest capacity a case fills; a larger one is reported as not applicable with this limit. */
    public static final int FILL_LIMIT = 100_000;

    @Override
    public List<ConformanceCase> cases() {
        return List.of(
                new SimpleCase("CAP.capacity.exact", Family.CAP, "the declared SA capacity is reached exactly and the next add gets RESOURCES",
                        List.of("CAP-CAP-001", "CAP-CAP-002", "DEL-CAP-001"), CapacityCases::exact),
                new SimpleCase("CAP.capacity.bundle-counts-two", Family.CAP, "an ESP+AH bundle takes two SAs of capacity", List.of("CAP-CAP-003"),
                        CapacityCases::bundleCountsTwo));
    }

    private static void exact(CaseContext context) {
        int capacity = fillable(context);
        Shape single = supportedShape(context, false);
        List<Long> handles = fill(context, single, capacity);
        Completion over = add(context, single, capacity);
        over.expectStatus(NdisStatus.RESOURCES, "CAP-CAP-002: add number " + (capacity + 1) + " beyond the declared capacity " + capacity);
        if (over.offloadHandle() != 0) {
            throw new ConformanceFailure("CAP-CAP-002: a refused add must write back a NULL handle", "NULL", "0x" + Long.toHexString(over.offloadHandle()));
        }
        if (capacity > 0) {
            Completion.send(context.adapter(), Oid.DELETE_SA, context.encoder().deleteSa(handles.get(0)), context.profile().abi())
                    .expectStatus(NdisStatus.SUCCESS, "DEL-CAP-001: deleting a live SA at full capacity");
            add(context, single, capacity + 1).expectStatus(NdisStatus.SUCCESS, "DEL-CAP-001: an add after a delete at full capacity");
        }
    }

    private static void bundleCountsTwo(CaseContext context) {
        int capacity = fillable(context);
        if (capacity < 2) {
            throw new NotApplicable("the declared capacity " + capacity + " cannot hold a bundle");
        }
        Shape bundle = supportedShape(context, true);
        Shape single = supportedShape(context, false);
        List<Long> handles = fill(context, single, capacity - 1);
        add(context, bundle, capacity).expectStatus(NdisStatus.RESOURCES, "CAP-CAP-003: a bundle with one SA of capacity left");
        Completion.send(context.adapter(), Oid.DELETE_SA, context.encoder().deleteSa(handles.get(0)), context.profile().abi())
                .expectStatus(NdisStatus.SUCCESS, "deleting one SA");
        add(context, bundle, capacity + 2).expectStatus(NdisStatus.SUCCESS, "CAP-CAP-003: a bundle with two SAs of capacity left");
    }

    private static int fillable(CaseContext context) {
        int capacity = context.capabilities().saCapacity();
        if (capacity > FILL_LIMIT) {
            throw new NotApplicable("the declared capacity " + capacity + " is beyond the " + FILL_LIMIT + " SAs a case fills");
        }
        return capacity;
    }

    private static Shape supportedShape(CaseContext context, boolean bundle) {
        return Shape.all().stream().filter(s -> s.isBundle() == bundle)
                .filter(s -> CapabilityRules.refusal(s.request(1, Filter.ANY), context.capabilities().offload()).isEmpty()).findFirst()
                .orElseThrow(() -> new NotApplicable("no " + (bundle ? "bundle" : "single SA") + " shape is advertised"));
    }

    private static List<Long> fill(CaseContext context, Shape shape, int count) {
        List<Long> handles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Completion completion = add(context, shape, i).expectStatus(NdisStatus.SUCCESS, "CAP-CAP-001: add number " + (i + 1) + " of " + count
                    + " within the declared capacity");
            handles.add(completion.offloadHandle());
        }
        return handles;
    }

    private static Completion add(CaseContext context, Shape shape, int index) {
        return Completion.send(context.adapter(), Oid.ADD_SA, context.encoder().addSa(shape.request(0x10000 + 4 * index, Filter.ANY)),
                context.profile().abi());
    }
}
