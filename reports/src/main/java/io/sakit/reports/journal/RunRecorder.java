package io.sakit.reports.journal;

import io.sakit.reports.json.ReportFile;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a run as it goes, so that a run killed at any moment leaves a readable journal and a readable
 * report: every case is appended to {@code results.jsonl} when it finishes, and {@code report.json} is
 * rewritten atomically (verdict INCOMPLETE until the run finishes) when the run starts and then at most
 * once per checkpoint interval. {@link #finish} writes the end line and the final report.
 */
public final class RunRecorder implements Closeable {

    /** A checkpoint interval that keeps a killed run's report at most a few seconds behind its journal without rewriting it per case. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

    private final Path directory;
    private final RunInfo info;
    private final RequirementCatalog catalog;
    private final Clock clock;
    private final Duration checkpointInterval;
    private final JournalWriter journal;
    private final List<CaseResult> cases = new ArrayList<>();
    private Instant lastCheckpoint;

    private RunRecorder(Path directory, RunInfo info, RequirementCatalog catalog, Clock clock, Duration checkpointInterval, JournalWriter journal) {
        this.directory = directory;
        this.info = info;
        this.catalog = catalog;
        this.clock = clock;
        this.checkpointInterval = checkpointInterval;
        this.journal = journal;
    }

    /**
     * Starts recording into {@code directory} (which must exist): writes the journal's header and a first,
     * empty report. A checkpoint interval of zero rewrites the report after every case.
     *
     * @throws IOException when the directory cannot take the files
     */
    public static RunRecorder start(Path directory, RunInfo info, RequirementCatalog catalog, Clock clock, Duration checkpointInterval)
            throws IOException {
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("checkpoint interval " + checkpointInterval + " is negative");
        }
        JournalWriter journal = JournalWriter.start(directory.resolve(Journal.NAME), info);
        RunRecorder recorder = new RunRecorder(directory, info, catalog, clock, checkpointInterval, journal);
        recorder.checkpoint();
        return recorder;
    }

    /** Records one finished case: appends it to the journal and rewrites the report when a checkpoint is due. */
    public synchronized void record(CaseResult result) throws IOException {
        journal.append(result);
        cases.add(result);
        if (!clock.instant().isBefore(lastCheckpoint.plus(checkpointInterval))) {
            checkpoint();
        }
    }

    /** Returns the number of cases recorded so far. */
    public synchronized int recordedCases() {
        return cases.size();
    }

    /** Returns the report of the cases recorded so far, as if the run stopped now. */
    public synchronized RunReport snapshot() {
        return Aggregation.report(info, cases, catalog, false);
    }

    private void checkpoint() throws IOException {
        ReportFile.write(snapshot(), directory.resolve(ReportFile.NAME));
        lastCheckpoint = clock.instant();
    }

    /**
     * Marks the run complete (every case of the run finished), writes the final report and returns it.
     * Its verdict is CONFORMANT or NONCONFORMANT for a whole run, INCOMPLETE for a shard or a filtered run.
     */
    public synchronized RunReport finish() throws IOException {
        Instant end = clock.instant();
        journal.finish(end);
        RunReport report = Aggregation.report(info.finishedAt(end), cases, catalog, true);
        ReportFile.write(report, directory.resolve(ReportFile.NAME));
        return report;
    }

    /** Closes the journal; a recorder closed without {@link #finish} leaves the journal and report of an incomplete run. */
    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }
}
