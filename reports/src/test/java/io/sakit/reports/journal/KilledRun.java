package io.sakit.reports.journal;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.CaseResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A run that never ends, for {@link KilledRunTest}: records sample cases one after the other into the
 * directory named by its argument, with a report checkpoint after every case, and prints the number of
 * cases recorded after each one.
 */
public final class KilledRun {

    private KilledRun() {
    }

    /** Records cases until the process is killed. */
    public static void main(String[] args) throws Exception {
        List<CaseResult> cases = SampleReports.conformant().cases();
        try (RunRecorder recorder = RunRecorder.start(Path.of(args[0]), SampleReports.conformant().info().unfinished(), SampleReports.CATALOG,
                Clock.systemUTC(), Duration.ZERO)) {
            for (long n = 1; ; n++) {
                CaseResult template = cases.get((int) (n % cases.size()));
                recorder.record(template.withDuration(n));
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
