package io.sakit.reports.diff;

import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RequirementStatus;
import io.sakit.reports.model.RequirementVerdict;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Computes the {@link ReportDiff} of two reports; requirements and cases are matched by id and listed in the later report's order. */
public final class ReportDiffer {

    private ReportDiffer() {
    }

    /** Returns what changed from {@code before} to {@code after}. */
    public static ReportDiff diff(RunReport before, RunReport after) {
        Map<String, CaseResult> casesBefore = index(before.cases(), CaseResult::id);
        Map<String, CaseResult> casesAfter = index(after.cases(), CaseResult::id);
        return new ReportDiff(before.verdict(), after.verdict(), identity(before.info(), after.info()), requirements(before, after),
                changes(casesBefore, casesAfter, CaseResult::outcome, true), only(casesAfter, casesBefore), only(casesBefore, casesAfter));
    }

    /** Returns the properties of the run's identity that differ, in a fixed order. */
    public static List<ValueChange> identity(RunInfo before, RunInfo after) {
        List<ValueChange> changes = new ArrayList<>();
        compare(changes, "adapter", before.adapter().id(), after.adapter().id());
        compare(changes, "adapter options", before.adapter().options().toString(), after.adapter().options().toString());
        compare(changes, "capabilities", capabilities(before), capabilities(after));
        compare(changes, "profile", before.profile(), after.profile());
        compare(changes, "kit digest", before.digests().getOrDefault("kit", "none"), after.digests().getOrDefault("kit", "none"));
        compare(changes, "seed", Long.toString(before.seed()), Long.toString(after.seed()));
        compare(changes, "budget", before.budget(), after.budget());
        return changes;
    }

    private static String capabilities(RunInfo info) {
        return String.join(" ", VerdictStatement.advertisedTokens(info.capabilities())) + " (SA capacity " + info.capabilities().saCapacity()
                + ", parser entries " + info.capabilities().parserEntryCapacity() + ")";
    }

    private static void compare(List<ValueChange> changes, String what, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new ValueChange(what, before, after));
        }
    }

    private static List<StatusChange<RequirementStatus>> requirements(RunReport before, RunReport after) {
        return changes(index(before.requirements(), RequirementVerdict::id), index(after.requirements(), RequirementVerdict::id),
                RequirementVerdict::status, false);
    }

    private static <T, S> List<StatusChange<S>> changes(Map<String, T> before, Map<String, T> after, Function<T, S> status, boolean bothOnly) {
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<StatusChange<S>> changes = new ArrayList<>();
        for (String id : ids) {
            if (bothOnly && !(before.containsKey(id) && after.containsKey(id))) {
                continue;
            }
            Optional<S> was = Optional.ofNullable(before.get(id)).map(status);
            Optional<S> is = Optional.ofNullable(after.get(id)).map(status);
            if (!was.equals(is)) {
                changes.add(new StatusChange<>(id, was, is));
            }
        }
        return changes;
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        values.forEach(v -> byId.putIfAbsent(id.apply(v), v));
        return byId;
    }

    private static List<String> only(Map<String, CaseResult> in, Map<String, CaseResult> notIn) {
        return in.keySet().stream().filter(id -> !notIn.containsKey(id)).toList();
    }
}
