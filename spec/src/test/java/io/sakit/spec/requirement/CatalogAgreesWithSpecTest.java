package io.sakit.spec.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SPEC.md and the requirement catalog list exactly the same ids with the same levels. */
class CatalogAgreesWithSpecTest {

    private static final Pattern ITEM = Pattern.compile("(?m)^- \\*\\*([A-Z]+-[A-Z0-9]+-[0-9]{3})\\*\\* \\((MUST|SHOULD|MAY)\\):");
    private static final Pattern DECISION = Pattern.compile("(?m)^\\*\\*([AK][0-9]{1,2}b?)\\. ");

    private static String spec() throws IOException {
        try (InputStream in = CatalogAgreesWithSpecTest.class.getResourceAsStream("/io/sakit/spec/data/SPEC.md")) {
            assertThat(in).as("SPEC.md is packaged with the spec module").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void specAndCatalogListTheSameIdsAndLevels() throws IOException {
        Map<String, String> inSpec = new LinkedHashMap<>();
        Matcher matcher = ITEM.matcher(spec());
        while (matcher.find()) {
            assertThat(inSpec.put(matcher.group(1), matcher.group(2))).as("%s appears once in SPEC.md", matcher.group(1)).isNull();
        }
        Map<String, String> inCatalog = RequirementCatalog.load().all().stream()
                .collect(Collectors.toMap(Requirement::id, r -> r.level().name(), (a, b) -> a, TreeMap::new));
        assertThat(new TreeMap<>(inSpec)).isEqualTo(inCatalog);
    }

    @Test
    void everyCitedDecisionIsDecidedInTheSpec() throws IOException {
        String spec = spec();
        for (Requirement requirement : RequirementCatalog.load().all()) {
            requirement.decision().ifPresent(decision -> assertThat(spec).as("%s cites decision %s", requirement.id(), decision)
                    .containsPattern("(?m)^\\*\\*" + Pattern.quote(decision) + "\\. "));
        }
        assertThat(DECISION.matcher(spec).results().map(m -> m.group(1)).collect(Collectors.toSet()))
                .as("every open question A1..A22 is decided").contains(java.util.stream.IntStream.rangeClosed(1, 22).mapToObj(i -> "A" + i).toArray(String[]::new));
    }

    @Test
    void catalogCoversEveryFamilyAndLevel() {
        RequirementCatalog catalog = RequirementCatalog.load();
        for (Family family : Family.values()) {
            assertThat(catalog.family(family)).as("family %s", family).isNotEmpty();
        }
        assertThat(catalog.all()).extracting(Requirement::level).contains(Level.MUST, Level.SHOULD, Level.MAY);
        assertThat(catalog.all()).filteredOn(r -> !r.testable()).allSatisfy(r -> assertThat(r.untestableReason()).isPresent());
    }
}
