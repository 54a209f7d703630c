package io.sakit.conformance.suite;

import io.sakit.spec.requirement.Family;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A case given by its parts: id, family, title, requirements and body. */
public record SimpleCase(String id, Family family, String title, List<String> requirements, Consumer<CaseContext> body) implements ConformanceCase {

    /** Requires every part and at least one requirement. */
    public SimpleCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(title, "title");
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("case " + id + " checks no requirement");
        }
        Objects.requireNonNull(body, "body");
    }

    @Override
    public void run(CaseContext context) {
        body.accept(context);
    }
}
