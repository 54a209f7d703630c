package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Valid ADD_SA requests over every algorithm shape, in transport and tunnel mode and both directions. */
final class ValidCases {

    private ValidCases() {
    }

    /** Returns two requests per shape: transport in one direction, tunnel in the other. */
    static List<OidCase> all(Build build) {
        List<OidCase> cases = new ArrayList<>();
        List<Suite> suites = Suite.all();
        for (int i = 0; i < suites.size(); i++) {
            Suite suite = suites.get(i);
            Direction first = i % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND;
            Direction second = first == Direction.INBOUND ? Direction.OUTBOUND : Direction.INBOUND;
            cases.add(one(build, suite, filter(i), Tunnel.NONE, first));
            cases.add(one(build, suite, filter(i + 3), Filters.TUNNEL, second));
        }
        return cases;
    }

    private static Filter filter(int index) {
        return Filters.VALID.get(index % Filters.VALID.size());
    }

    private static OidCase one(Build build, Suite suite, Filter filter, Tunnel tunnel, Direction direction) {
        RequestBytes request = build.add(suite, filter, tunnel, direction);
        String comment = "valid " + suite.describe() + ", " + (tunnel.isTunnel() ? "tunnel" : "transport") + ", " + direction.name().toLowerCase(Locale.ROOT)
                + ", " + filter;
        boolean espWithoutIntegrity = suite.shapes().size() == 2 && suite.shapes().get(0).integrity() == IntegrityAlgorithm.NONE;
        return espWithoutIntegrity ? Cases.valid(comment, request, OidFlag.VALID_REQUEST, OidFlag.ESP_WITHOUT_INTEGRITY_IN_BUNDLE)
                : Cases.valid(comment, request, OidFlag.VALID_REQUEST);
    }

    /** Returns the largest valid KeyLen, 64, in both directions. */
    static List<OidCase> maximumKeyLen(Build build) {
        Suite largest = Suite.bundle(ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1, IntegrityAlgorithm.SHA1);
        return List.of(
                Cases.valid("KeyLen 64: ESP 3DES/SHA1 + AH SHA1, inbound", build.add(largest, Filters.WEB, Tunnel.NONE, Direction.INBOUND),
                        OidFlag.VALID_REQUEST, OidFlag.MAXIMUM_KEY_LEN),
                Cases.valid("KeyLen 64: ESP 3DES/SHA1 + AH SHA1, outbound tunnel", build.add(largest, Filter.ANY, Filters.TUNNEL, Direction.OUTBOUND),
                        OidFlag.VALID_REQUEST, OidFlag.MAXIMUM_KEY_LEN));
    }
}
