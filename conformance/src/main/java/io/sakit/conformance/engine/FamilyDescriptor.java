package io.sakit.conformance.engine;

import io.sakit.spec.requirement.Family;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The cases of one family, as a JUnit Platform container. */
final class FamilyDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "family";

    FamilyDescriptor(UniqueId parent, Family family) {
        super(parent.append(SEGMENT, family.name()), family.name() + " (" + family.title() + ")");
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
