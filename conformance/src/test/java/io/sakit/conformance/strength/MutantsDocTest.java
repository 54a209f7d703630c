package io.sakit.conformance.strength;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.conformance.mutants.Mutant;
import io.sakit.conformance.mutants.Mutants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/MUTANTS.md lists exactly the kit's mutants with the requirements that catch each; it never drifts from the catalog. */
class MutantsDocTest {

    private static final Path DOC = Path.of("..", "docs", "MUTANTS.md");

    static String table() {
        StringBuilder table = new StringBuilder("| adapter id | bug | caught by |\n|---|---|---|\n");
        for (Mutant mutant : Mutants.all()) {
            table.append("| `").append(mutant.id()).append("` | ").append(mutant.bug()).append(" | ").append(String.join(", ", mutant.caughtBy()))
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theDocumentListsEveryMutantWithTheRequirementsThatCatchIt() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("docs/MUTANTS.md must contain the table MutantsDocTest.table() renders").contains(table());
    }
}
