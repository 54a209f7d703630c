package io.sakit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sakit certify} and the commands that read what it writes: verify, diff, merge and rerun. */
class CertifyCommandTest {

    private static final String MUTANT = "mutant:delete-unknown-removes-another";

    @TempDir
    Path dir;

    private Path certify(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 4];
        all[0] = "certify";
        all[1] = "--out";
        all[2] = out.toString();
        all[3] = "--seed=11";
        System.arraycopy(args, 0, all, 4, args.length);
        Sakit result = Sakit.run(all);
        assertThat(result.err()).as("error output of certify %s", String.join(" ", args)).isEmpty();
        return out;
    }

    @Test
    @DisplayName("a quick certification of the reference writes every report, exits 0 and verifies; one changed byte does not")
    void certifiesAndVerifies() throws IOException {
        Path out = certify("reference", "--budget", "quick");
        assertThat(out).isDirectoryContaining("glob:**/report.json").isDirectoryContaining("glob:**/report.html")
                .isDirectoryContaining("glob:**/junit.xml").isDirectoryContaining("glob:**/summary.md")
                .isDirectoryContaining("glob:**/certificate.json").isDirectoryContaining("glob:**/results.jsonl");
        RunReport report = ReportFile.read(out.resolve("report.json"));
        assertThat(report.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(Sakit.run("verify", out.toString()).status()).isZero();

        for (String file : List.of("report.json", "certificate.json")) {
            byte[] original = Files.readAllBytes(out.resolve(file));
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 0x01;
            Files.write(out.resolve(file), changed);
            Sakit verify = Sakit.run("verify", out.toString());
            assertThat(verify.status()).as("verify after changing %s", file).isEqualTo(5);
            Files.write(out.resolve(file), original);
        }
        assertThat(Sakit.run("verify", out.toString()).status()).isZero();
    }

    @Test
    @DisplayName("a mutant's certification exits 1; --rerun-failed runs exactly its failed cases again on the same adapter and seed")
    void rerunsFailedCases() throws IOException {
        Path first = dir.resolve("first");
        Sakit run = Sakit.run("certify", "--adapter", MUTANT, "--budget", "quick", "--only", "DEL", "--seed", "11", "--out", first.toString());
        assertThat(run.status()).isEqualTo(Main.NONCONFORMANT);
        List<String> failed = ReportFile.read(first.resolve("report.json")).cases().stream().filter(c -> c.outcome().isProblem()).map(CaseResult::id)
                .toList();
        assertThat(failed).isNotEmpty();

        Path again = dir.resolve("again");
        Sakit rerun = Sakit.run("certify", "--rerun-failed", first.toString(), "--out", again.toString());
        assertThat(rerun.status()).isEqualTo(Main.NONCONFORMANT);
        RunReport report = ReportFile.read(again.resolve("report.json"));
        assertThat(report.cases()).extracting(CaseResult::id).containsExactlyInAnyOrderElementsOf(failed);
        assertThat(report.info().adapter().id()).isEqualTo(MUTANT);
        assertThat(report.info().seed()).isEqualTo(11);
    }

    @Test
    @DisplayName("two shards merged give the cases and the verdict of the whole run")
    void shardsMerge() throws IOException {
        Path whole = certify("whole", "--budget", "quick");
        Path one = certify("one", "--budget", "quick", "--shard", "1/2");
        Path two = certify("two", "--budget", "quick", "--shard", "2/2");
        assertThat(ReportFile.read(one.resolve("report.json")).verdict()).isEqualTo(Verdict.INCOMPLETE);

        Path merged = dir.resolve("merged");
        Sakit merge = Sakit.run("merge", one.toString(), two.toString(), "--out", merged.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        RunReport wholeReport = ReportFile.read(whole.resolve("report.json"));
        RunReport mergedReport = ReportFile.read(merged.resolve("report.json"));
        assertThat(mergedReport.verdict()).isEqualTo(wholeReport.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(mergedReport.cases()).extracting(CaseResult::id).containsExactlyInAnyOrderElementsOf(
                wholeReport.cases().stream().map(CaseResult::id).toList());
        assertThat(merged).isDirectoryContaining("glob:**/junit.xml").isDirectoryContaining("glob:**/report.html");
    }

    @Test
    @DisplayName("diff names the verdict and every case that changed between the reference's and a mutant's reports")
    void diffShowsChanges() throws IOException {
        Path reference = certify("reference", "--budget", "quick", "--only", "DEL");
        Path mutant = dir.resolve("mutant");
        Sakit.run("certify", "--adapter", MUTANT, "--budget", "quick", "--only", "DEL", "--seed", "11", "--out", mutant.toString());
        Sakit diff = Sakit.run("diff", reference.toString(), mutant.toString());
        assertThat(diff.status()).isZero();
        assertThat(diff.out()).contains("adapter").contains("PASS -> FAIL");
        ReportFile.read(mutant.resolve("report.json")).cases().stream().filter(c -> c.outcome().isProblem())
                .forEach(c -> assertThat(diff.out()).contains(c.id()));
        assertThat(Sakit.run("diff", reference.toString(), reference.toString()).out()).contains("no differences");
    }

    @Test
    @DisplayName("--only runs just the named requirement's cases")
    void onlySelects() throws IOException {
        Path out = certify("only", "--budget", "quick", "--only", "DEL-HDL-002");
        RunReport report = ReportFile.read(out.resolve("report.json"));
        assertThat(report.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.requirements()).contains("DEL-HDL-002"));
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }
}
