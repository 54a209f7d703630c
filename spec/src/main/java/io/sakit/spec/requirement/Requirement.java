package io.sakit.spec.requirement;

import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.Capability;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One requirement of the specification: stable id, level, text, the SPEC.md section it stands in, its
 * sources, the decision it rests on (if any) and the capabilities it applies under.
 */
public record Requirement(String id, Level level, String text, String section, List<String> sources, Optional<String> decision,
        List<Capability> appliesWhen, boolean testable, Optional<String> untestableReason) {

    /** The form of every requirement id. */
    public static final Pattern ID = Pattern.compile("^(ADD|DEL|CAP|FLT|RX|TX|UDP|ROB|SEQ)-[A-Z0-9]{2,4}-[0-9]{3}$");

    /** Validates the id form, a source, and a reason for every untestable requirement. */
    public Requirement {
        Objects.requireNonNull(level, "level of " + id);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("requirement id '" + id + "' does not have the form FAMILY-AREA-NNN");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(id + " has no text");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException(id + " cites no source");
        }
        sources = List.copyOf(sources);
        appliesWhen = List.copyOf(appliesWhen);
        decision = Objects.requireNonNullElse(decision, Optional.empty());
        untestableReason = Objects.requireNonNullElse(untestableReason, Optional.empty());
        if (!testable && untestableReason.isEmpty()) {
            throw new IllegalArgumentException(id + " is untestable but gives no reason");
        }
    }

    /** Returns the family of this requirement. */
    public Family family() {
        return Family.ofRequirement(id);
    }

    /** Returns whether the requirement applies to an adapter with these capabilities: every token it names is advertised. */
    public boolean appliesTo(AdapterCapabilities capabilities) {
        return appliesWhen.stream().allMatch(capabilities::has);
    }

    /** Returns the capability tokens {@code capabilities} lack for this requirement to apply. */
    public List<Capability> missing(AdapterCapabilities capabilities) {
        return appliesWhen.stream().filter(c -> !capabilities.has(c)).toList();
    }
}
