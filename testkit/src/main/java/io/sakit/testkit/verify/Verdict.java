package io.sakit.testkit.verify;

import java.util.List;
import java.util.stream.Collectors;

/** The verdict on one transmit (SPEC.md 10.3, 10.4): it conforms when no rule was broken; otherwise the findings say which and where. */
public record Verdict(List<Finding> findings) {

    /** Keeps a copy of the findings. */
    public Verdict {
        findings = List.copyOf(findings);
    }

    /** Returns whether the transmit conforms. */
    public boolean conforms() {
        return findings.isEmpty();
    }

    /** Returns whether some finding names {@code requirement}. */
    public boolean breaks(String requirement) {
        return findings.stream().anyMatch(finding -> finding.requirement().equals(requirement));
    }

    /** Returns a report: "conforms", or one line per finding. */
    public String report() {
        return conforms() ? "conforms" : findings.stream().map(Finding::describe).collect(Collectors.joining("\n", "does not conform:\n", ""));
    }

    @Override
    public String toString() {
        return report();
    }
}
