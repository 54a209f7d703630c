package io.sakit.conformance.engine;

import io.sakit.conformance.suite.ConformanceCase;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One conformance case as a JUnit Platform test, named by its requirement ids and title and tagged with them. */
final class CaseDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "case";

    private final ConformanceCase conformanceCase;

    CaseDescriptor(UniqueId parent, ConformanceCase conformanceCase) {
        super(parent.append(SEGMENT, conformanceCase.id()), String.join(" ", conformanceCase.requirements()) + " " + conformanceCase.title());
        this.conformanceCase = conformanceCase;
    }

    ConformanceCase conformanceCase() {
        return conformanceCase;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create(conformanceCase.family().name()));
        conformanceCase.requirements().forEach(id -> tags.add(TestTag.create(id)));
        return tags;
    }
}
