package io.sakit.conformance.cli;

import io.sakit.reports.certificate.CertificateIssuer;
import io.sakit.reports.certificate.KeyDirectory;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.merge.ShardMerge;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Verdict;
import io.sakit.reports.output.ReportFiles;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Joins the reports of the shards of one run into the report of the whole run, and writes every report file for it. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge shard reports into the report of the whole run.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", description = "The shards' report.json files (or their directories).")
    private List<Path> reports = new ArrayList<>();

    @Option(names = "--out", required = true, description = "Output directory for the merged reports.")
    private Path out;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        List<RunReport> shards = new ArrayList<>();
        for (Path path : reports) {
            shards.add(ReportFile.read(CertifyCommand.reportPath(path)));
        }
        RequirementCatalog catalog = RequirementCatalog.load();
        RunReport merged = ShardMerge.merge(shards, catalog);
        Files.createDirectories(out);
        new ReportFiles(catalog, Optional.of(new CertificateIssuer(KeyDirectory.fromEnvironment(), Clock.systemUTC()))).write(merged, out);
        SummaryTable.print(merged, spec.commandLine().getOut());
        spec.commandLine().getOut().println("reports: " + out.toAbsolutePath());
        return merged.verdict() == Verdict.NONCONFORMANT ? Main.NONCONFORMANT : Main.OK;
    }
}
