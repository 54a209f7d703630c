package io.sakit.conformance.cli;

import io.sakit.reports.diff.DiffText;
import io.sakit.reports.diff.ReportDiffer;
import io.sakit.reports.json.ReportFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows what changed between two reports: verdict, run identity, requirement statuses, case outcomes. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Show what changed between two reports.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", description = "The older report.json (or its directory).")
    private Path before;

    @Parameters(index = "1", description = "The newer report.json (or its directory).")
    private Path after;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        var diff = ReportDiffer.diff(ReportFile.read(CertifyCommand.reportPath(before)), ReportFile.read(CertifyCommand.reportPath(after)));
        spec.commandLine().getOut().print(DiffText.render(diff));
        return Main.OK;
    }
}
