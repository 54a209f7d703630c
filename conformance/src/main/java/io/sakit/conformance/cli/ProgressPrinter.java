package io.sakit.conformance.cli;

import io.sakit.conformance.engine.RunStart;
import io.sakit.conformance.runner.RunListener;
import io.sakit.reports.model.CaseResult;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a run's progress: on a terminal one live line (done/total, failures so far, current family, time
 * left), elsewhere one plain line per finished family, so CI logs stay readable.
 */
final class ProgressPrinter implements RunListener {

    private static final long REFRESH_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int total;
    private int done;
    private int problems;
    private int familyDone;
    private int familyProblems;
    private String family;
    private long lastDraw;

    ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(RunStart start, int totalCases) {
        total = totalCases;
        out.println("certifying adapter '" + start.adapterId() + "' (" + start.adapterDescription() + ") under profile "
                + start.capabilities().profile().displayName() + ", budget " + start.budget() + ", seed " + start.seed() + ": " + totalCases + " cases");
        out.flush();
    }

    @Override
    public void caseFinished(CaseResult result) {
        if (family != null && !family.equals(result.family())) {
            familyFinished();
        }
        family = result.family();
        done++;
        familyDone++;
        if (result.outcome().isProblem()) {
            problems++;
            familyProblems++;
        }
        if (terminal && (System.nanoTime() - lastDraw > REFRESH_NANOS || done == total)) {
            lastDraw = System.nanoTime();
            out.print("\r" + line());
            out.flush();
        }
    }

    /** Ends the progress output after the last case. */
    void finished() {
        if (family != null) {
            familyFinished();
        }
    }

    private void familyFinished() {
        if (terminal) {
            out.print("\r" + " ".repeat(100) + "\r");
        }
        out.printf("%-4s %5d cases, %d failed or errored%n", family, familyDone, familyProblems);
        out.flush();
        familyDone = 0;
        familyProblems = 0;
    }

    private String line() {
        long elapsed = System.nanoTime() - started;
        String left = done == 0 ? "?" : format(Duration.ofNanos(elapsed / done * (total - done)));
        return String.format("[%d/%d] %d failed · %s · %s left", done, total, problems, family, left);
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 ? seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }
}
