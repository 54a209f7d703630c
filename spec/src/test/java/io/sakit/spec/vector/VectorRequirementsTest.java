package io.sakit.spec.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sakit.spec.requirement.Family;
import io.sakit.spec.requirement.RequirementCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every requirement id a vector note cites is a requirement of the catalog. */
class VectorRequirementsTest {

    private static boolean catalogPackaged() {
        return Arrays.stream(Family.values())
                .allMatch(family -> VectorRequirementsTest.class.getResource("/io/sakit/spec/data/requirements/" + family.fileName()) != null);
    }

    @Test
    void everyRequirementNamedInANoteExistsInTheCatalog() {
        assumeTrue(catalogPackaged(), "the requirement catalog (spec/requirements/*.json) is not in this checkout yet");
        RequirementCatalog catalog = RequirementCatalog.load();
        TreeSet<String> unknown = new TreeSet<>();
        for (String name : VectorLoader.packagedFiles()) {
            VectorFile file = VectorLoader.load(name);
            file.header().notes().values().forEach(note -> note.requirements().stream().filter(id -> catalog.find(id).isEmpty())
                    .forEach(id -> unknown.add(name + ": " + id)));
            file.tests().forEach(test -> test.extraRequirements().stream().filter(id -> catalog.find(id).isEmpty())
                    .forEach(id -> unknown.add(name + ": test " + test.tcId() + ": " + id)));
        }
        assertThat(List.copyOf(unknown)).as("requirement ids cited by vectors but missing from the catalog").isEmpty();
    }
}
