package io.sakit.conformance.cli;

import io.sakit.conformance.engine.RunStart;
import io.sakit.conformance.runner.RunListener;
import io.sakit.conformance.runner.RunRequest;
import io.sakit.conformance.runner.Runner;
import io.sakit.conformance.suite.Budget;
import io.sakit.reports.certificate.CertificateIssuer;
import io.sakit.reports.certificate.KeyDirectory;
import io.sakit.reports.journal.Journal;
import io.sakit.reports.journal.RunRecorder;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.reports.model.Verdict;
import io.sakit.reports.output.ReportFiles;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Certifies an adapter: runs the suite against it and writes every report into the output directory. */
@Command(name = "certify", mixinStandardHelpOptions = true, description = "Certify an implementation and write the reports.")
final class CertifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--adapter", description = "Adapter id, or exec:<command line> (default: ${DEFAULT-VALUE}).", defaultValue = "reference")
    private String adapter;

    @Option(names = "--option", description = "Adapter option key=value (repeatable).")
    private List<String> options = new ArrayList<>();

    @Option(names = "--profile", description = "Interpretation profile to certify under (a preset or key=value list), given to the adapter as option profile.")
    private Optional<String> profile = Optional.empty();

    @Option(names = "--budget", description = "quick, standard or exhaustive (default: ${DEFAULT-VALUE}).", defaultValue = "standard")
    private String budget;

    @Option(names = "--seed", description = "The run's seed (default: a fresh one, printed).")
    private Optional<Long> seed = Optional.empty();

    @Option(names = "--only", split = ",", description = "Only these case ids, requirement ids or families.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--rerun-failed", description = "Run again the failed and errored cases of this report.json (or its directory).")
    private Optional<Path> rerunFailed = Optional.empty();

    @Option(names = "--shard", description = "Run part I of N, for example 2/4 (default: the whole suite).", defaultValue = "1/1")
    private String shard;

    @Option(names = "--out", description = "Output directory (default: sakit-out/<adapter>-<time>).")
    private Optional<Path> out = Optional.empty();

    @Option(names = "--key-log", description = "Append the test keys of failing cases' ESP SAs to this file, as a Wireshark ESP SA table "
            + "(reports never hold keys).")
    private Optional<Path> keyLog = Optional.empty();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        RunRequest request = request();
        Path directory = outputDirectory(request.adapterId());
        RequirementCatalog catalog = RequirementCatalog.load();
        ProgressPrinter progress = new ProgressPrinter(console, System.console() != null);
        Recording recording = new Recording(request, directory, catalog, progress);
        Runner.run(request, recording);
        progress.finished();
        RunReport report = recording.finish();
        profile.map(Profile::parse).filter(expected -> !expected.equals(report.info().capabilities().profile())).ifPresent(expected -> {
            throw new IllegalStateException("the adapter advertises profile " + report.info().capabilities().profile().displayName() + ", not "
                    + expected.displayName());
        });
        new ReportFiles(catalog, Optional.of(new CertificateIssuer(KeyDirectory.fromEnvironment(), Clock.systemUTC()))).write(report, directory);
        SummaryTable.print(report, console);
        console.println("reports: " + directory.toAbsolutePath());
        return report.verdict() == Verdict.NONCONFORMANT ? Main.NONCONFORMANT : Main.OK;
    }

    private RunRequest request() throws IOException {
        List<String> adapterOptions = new ArrayList<>(options);
        profile.ifPresent(p -> adapterOptions.add("profile=" + p));
        List<String> cases = new ArrayList<>(only);
        String adapterId = adapter;
        OptionalLong runSeed = seed.map(OptionalLong::of).orElse(OptionalLong.empty());
        if (rerunFailed.isPresent()) {
            RunReport previous = ReportFile.read(reportPath(rerunFailed.get()));
            previous.cases().stream().filter(c -> c.outcome().isProblem()).map(CaseResult::id).forEach(cases::add);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("the report " + rerunFailed.get() + " has no failed or errored case to run again");
            }
            if (adapterId.equals("reference") && options.isEmpty()) {
                adapterId = previous.info().adapter().id();
                previous.info().adapter().options().forEach((k, v) -> adapterOptions.add(k + "=" + v));
            }
            if (runSeed.isEmpty()) {
                runSeed = OptionalLong.of(previous.info().seed());
            }
        }
        RunRequest request = new RunRequest(adapterId, adapterOptions, Budget.parse(budget), runSeed, cases, Shard.parse(shard), command());
        return keyLog.map(request::withKeyLog).orElse(request);
    }

    private String command() {
        return "sakit " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    static Path reportPath(Path given) {
        return Files.isDirectory(given) ? given.resolve(ReportFile.NAME) : given;
    }

    private Path outputDirectory(String adapterId) throws IOException {
        Path directory = out.orElseGet(() -> Path.of("sakit-out", adapterId.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IOException("cannot create the output directory " + directory + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new IOException("the output directory " + directory + " is not writable");
        }
        return directory;
    }

    /** Shows progress and records every result to disk as it finishes, so a killed run leaves a readable report. */
    private static final class Recording implements RunListener {
        private final RunRequest request;
        private final Path directory;
        private final RequirementCatalog catalog;
        private final ProgressPrinter progress;
        private RunRecorder recorder;

        Recording(RunRequest request, Path directory, RequirementCatalog catalog, ProgressPrinter progress) {
            this.request = request;
            this.directory = directory;
            this.catalog = catalog;
            this.progress = progress;
        }

        @Override
        public void started(RunStart start, int totalCases) {
            try {
                recorder = RunRecorder.start(directory, Runner.info(request, start, Instant.now()), catalog, Clock.systemUTC(),
                        RunRecorder.DEFAULT_CHECKPOINT_INTERVAL);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record results in " + directory + ": " + e.getMessage(), e);
            }
            progress.started(start, totalCases);
        }

        @Override
        public void caseFinished(CaseResult result) {
            try {
                recorder.record(result);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record a result in " + directory + ": " + e.getMessage() + "; the " + recorder.recordedCases()
                        + " results recorded before it are in " + directory.resolve(Journal.NAME), e);
            }
            progress.caseFinished(result);
        }

        RunReport finish() throws IOException {
            if (recorder == null) {
                throw new IllegalStateException("the run ended before any case started");
            }
            try (RunRecorder done = recorder) {
                return done.finish();
            }
        }
    }
}
