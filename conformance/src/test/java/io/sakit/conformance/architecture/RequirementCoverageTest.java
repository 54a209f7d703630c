package io.sakit.conformance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.cases.AllCases;
import io.sakit.spec.requirement.Level;
import io.sakit.spec.requirement.Requirement;
import io.sakit.spec.requirement.RequirementCatalog;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every testable MUST and SHOULD requirement is checked by at least one case, and every case cites only requirements that exist. */
class RequirementCoverageTest {

    private final RequirementCatalog catalog = RequirementCatalog.load();
    private final Set<String> cited = AllCases.cases().stream().flatMap(c -> c.requirements().stream()).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyTestableMustAndShouldRequirementHasACase() {
        Set<String> uncovered = catalog.all().stream().filter(Requirement::testable).filter(r -> r.level() != Level.MAY).map(Requirement::id)
                .filter(id -> !cited.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(uncovered).as("MUST and SHOULD requirements no case checks").isEmpty();
    }

    @Test
    void casesCiteOnlyCatalogRequirements() {
        assertThat(cited).allSatisfy(id -> assertThat(catalog.find(id)).as(id).isPresent());
    }

    @Test
    void untestableRequirementsSayWhy() {
        assertThat(catalog.all().stream().filter(r -> !r.testable())).allSatisfy(r -> assertThat(r.untestableReason()).isPresent());
    }
}
