package io.sakit.reports.html;

import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.requirement.Family;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Human words for outcomes, statuses, families and durations, shared by the report's sections. */
final class Labels {

    /** The outcomes in the order the report shows them: the problems first. */
    static final List<Outcome> OUTCOMES = List.of(Outcome.FAIL, Outcome.ERROR, Outcome.PASS, Outcome.ACCEPTABLE, Outcome.NOT_APPLICABLE);

    private Labels() {
    }

    /** Returns the short label of an outcome: {@code N/A} for NOT_APPLICABLE, the name otherwise. */
    static String outcome(Outcome outcome) {
        return outcome == Outcome.NOT_APPLICABLE ? "N/A" : outcome.name();
    }

    /** Returns the label of a requirement status: words instead of underscores. */
    static String status(RequirementStatus status) {
        return status.name().replace('_', ' ');
    }

    /** Returns "RX — receive" for a known family, the name alone otherwise. */
    static String family(String name) {
        return Arrays.stream(Family.values()).filter(f -> f.name().equals(name)).findFirst().map(f -> name + " — " + f.title()).orElse(name);
    }

    /** Returns the position of a family in the catalog's order; unknown families sort after the known ones. */
    static int familyOrder(String name) {
        return Arrays.stream(Family.values()).filter(f -> f.name().equals(name)).findFirst().map(Enum::ordinal).orElse(Family.values().length);
    }

    /** Returns the families of the report's cases and requirements in catalog order. */
    static List<String> families(RunReport report) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparingInt(Labels::familyOrder).thenComparing(Comparator.naturalOrder()));
        report.cases().stream().map(CaseResult::family).forEach(names::add);
        report.requirements().stream().map(RequirementVerdict::family).forEach(names::add);
        return List.copyOf(names);
    }

    /** Returns a duration given in microseconds as "850 µs", "12.3 ms", "4.56 s" or "2 min 05 s". */
    static String duration(long micros) {
        if (micros < 1_000) {
            return micros + " µs";
        }
        if (micros < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1_000.0);
        }
        if (micros < 120_000_000) {
            return String.format(Locale.ROOT, "%.2f s", micros / 1_000_000.0);
        }
        long seconds = micros / 1_000_000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
