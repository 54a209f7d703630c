package io.sakit.conformance.mutants;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.spi.Classifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Mutants that get filter semantics wrong, in what they store or in what their classifier answers. */
final class FilterMutants {

    private FilterMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("mask-ignored", "addresses are compared whole, as if every mask were 255.255.255.255", List.of("FLT-MAT-002"),
                        () -> new RequestMutants.Rewriting((oid, b) -> {
                            if (RequestMutants.isAdd(oid, b, AddSaLayout.DEST_MASK + 4)) {
                                Bytes.put32be(b, AddSaLayout.SRC_MASK, 0);
                                Bytes.put32be(b, AddSaLayout.DEST_MASK, 0);
                            }
                        })),
                new Mutant("port-byte-order-swapped", "filter ports are stored in host byte order", List.of("FLT-MAT-006"),
                        () -> new RequestMutants.Rewriting((oid, b) -> {
                            if (RequestMutants.isAdd(oid, b, AddSaLayout.DEST_PORT + 2)) {
                                Bytes.put16le(b, AddSaLayout.SRC_PORT, Bytes.u16be(b, AddSaLayout.SRC_PORT));
                                Bytes.put16le(b, AddSaLayout.DEST_PORT, Bytes.u16be(b, AddSaLayout.DEST_PORT));
                            }
                        })),
                new Mutant("filter-not-checked-on-receive", "inbound SAs are stored without their filter", List.of("RX-FLT-001"),
                        () -> new RequestMutants.Rewriting((oid, b) -> {
                            if (RequestMutants.isAdd(oid, b, AddSaLayout.FLAGS + 2) && Bytes.u16le(b, AddSaLayout.FLAGS) == Direction.INBOUND.flag()) {
                                Arrays.fill(b, 0, 20, (byte) 0);
                                Bytes.put32be(b, AddSaLayout.DEST_ADDR, 0);
                                Arrays.fill(b, AddSaLayout.SRC_PORT, AddSaLayout.DEST_PORT + 2, (byte) 0);
                            }
                        })),
                new Mutant("wildcard-zero-literal", "a zero address matches only 0.0.0.0", List.of("FLT-MAT-001"),
                        () -> new ClassifierFiltering((filter, flow) -> (filter.sourceAddress() != 0 || flow.source() == 0)
                                && (filter.destinationAddress() != 0 || flow.destination() == 0))),
                new Mutant("ports-constrain-every-protocol", "filter ports also exclude packets of protocols without ports", List.of("FLT-MAT-005"),
                        () -> new ClassifierFiltering((filter, flow) -> FlowKey.hasPorts(flow.protocol())
                                || filter.sourcePort() == 0 && filter.destinationPort() == 0)));
    }

    /** Drops the classifier's matches that a wrong reading of the filter would not make. */
    static final class ClassifierFiltering extends Tracking {
        private final BiPredicate<Filter, FlowKey> keep;

        ClassifierFiltering(BiPredicate<Filter, FlowKey> keep) {
            this.keep = keep;
        }

        @Override
        public Optional<Classifier> classifier() {
            return reference.classifier().map(inner -> (direction, flow) -> Arrays.stream(inner.matchingHandles(direction, flow)).filter(handle -> {
                AddSaRequest request = request(handle);
                return request == null || keep.test(request.filter(), flow);
            }).toArray());
        }
    }
}
