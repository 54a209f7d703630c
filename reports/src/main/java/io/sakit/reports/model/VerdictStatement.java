package io.sakit.reports.model;

import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.Capability;
import io.sakit.spec.requirement.Level;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a run's verdict (SPEC.md section 14.4), shared by every writer: the headline ("CONFORMANT to
 * sakit spec 1.0 under profile default"), the sentence that explains it, and the capability tokens the
 * adapter advertised, which a verdict always states.
 */
public final class VerdictStatement {

    private static final int LISTED = 5;

    private VerdictStatement() {
    }

    /** Returns the headline: the verdict, the spec version and the profile it was reached under. */
    public static String headline(RunReport report) {
        String scope = "sakit spec " + report.info().specVersion() + " under profile " + report.info().profile();
        return switch (report.verdict()) {
            case CONFORMANT, NONCONFORMANT -> report.verdict() + " to " + scope;
            case INCOMPLETE -> "INCOMPLETE run of " + scope;
        };
    }

    /** Returns one sentence on why the verdict is what it is. */
    public static String explanation(RunReport report) {
        return switch (report.verdict()) {
            case CONFORMANT -> "Every applicable MUST requirement passed." + shouldWarning(report);
            case NONCONFORMANT -> failedMusts(report);
            case INCOMPLETE -> incompleteReason(report);
        };
    }

    private static String failedMusts(RunReport report) {
        List<String> ids = problems(report, Level.MUST);
        return count(ids.size(), "MUST requirement") + " failed or errored: " + listed(ids) + "." + shouldWarning(report);
    }

    private static String shouldWarning(RunReport report) {
        List<String> ids = problems(report, Level.SHOULD);
        return ids.isEmpty() ? "" : " Warning: " + count(ids.size(), "SHOULD requirement") + " not met: " + listed(ids) + ".";
    }

    private static String incompleteReason(RunReport report) {
        RunInfo info = report.info();
        if (!info.shard().isWhole()) {
            return "This is shard " + info.shard() + "; merge all " + info.shard().count() + " shards for a verdict.";
        }
        if (!info.only().isEmpty()) {
            return "Only the cases selected by --only " + String.join(",", info.only()) + " ran; run the whole suite for a verdict.";
        }
        if (info.finished().isEmpty()) {
            return "The run stopped after " + count(report.cases().size(), "case") + ", before every case finished.";
        }
        long notRun = report.requirements().stream().filter(v -> v.level().equals(Level.MUST.name()) && v.status() == RequirementStatus.NOT_RUN).count();
        return count((int) notRun, "applicable MUST requirement") + " had no case in this run.";
    }

    /** Returns the ids of requirements of {@code level} that failed or errored, in catalog order. */
    public static List<String> problems(RunReport report, Level level) {
        return report.requirements().stream().filter(v -> v.level().equals(level.name()))
                .filter(v -> v.status() == RequirementStatus.FAIL || v.status() == RequirementStatus.ERROR).map(RequirementVerdict::id).toList();
    }

    /** Returns the capability tokens (SPEC.md section 7.4) these capabilities advertise, in token order. */
    public static List<String> advertisedTokens(AdapterCapabilities capabilities) {
        return Arrays.stream(Capability.values()).filter(capabilities::has).map(Enum::name).toList();
    }

    /** Returns "1 case", "2 cases": {@code n} and the noun, plural when needed. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String listed(List<String> ids) {
        String shown = ids.stream().limit(LISTED).collect(Collectors.joining(", "));
        return ids.size() > LISTED ? shown + " and " + (ids.size() - LISTED) + " more" : shown;
    }
}
