package io.sakit.conformance.runner;

import io.sakit.conformance.engine.RunStart;
import io.sakit.conformance.engine.SakitTestEngine;
import io.sakit.reports.model.AdapterInfo;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.spec.requirement.Family;
import io.sakit.spec.requirement.RequirementCatalog;
import io.sakit.spec.vector.VectorLoader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the suite through the JUnit Platform Launcher with the {@code sakit} engine and returns the
 * report: every case's result, the verdict on every requirement, the run's verdict.
 */
public final class Runner {

    private Runner() {
    }

    /**
     * Runs {@code request}, telling {@code listener} about each case as it finishes.
     *
     * @throws RunFailedException when the run cannot start (unknown adapter, refused options, engine failure) or the
     *     listener fails (for example, the disk is full); the cases after the failure do not run
     */
    public static RunReport run(RunRequest request, RunListener listener) {
        Instant started = Instant.now();
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId(UniqueId.forEngine(SakitTestEngine.ID)))
                .configurationParameters(request.configurationParameters()).build();
        ResultsCollector collector = new ResultsCollector(listener);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false).addTestEngines(new SakitTestEngine(collector::stopRequested)).build());
        launcher.execute(discovery, collector);
        Optional<Throwable> failure = collector.failure();
        if (failure.isPresent()) {
            throw new RunFailedException(rootMessage(failure.get()), failure.get());
        }
        RunStart start = collector.start().orElseThrow(() -> new RunFailedException("no case was selected: check --only and --shard", null));
        List<CaseResult> results = collector.results();
        RunInfo info = info(request, start, started).finishedAt(Instant.now());
        return Aggregation.report(info, results, RequirementCatalog.load(), results.size() == collector.total());
    }

    /** Returns the identity of a run that started with {@code start}. */
    public static RunInfo info(RunRequest request, RunStart start, Instant started) {
        List<String> requirementFiles = Arrays.stream(Family.values()).map(Family::fileName).toList();
        return new RunInfo(KitIdentity.kitVersion(), KitIdentity.specVersion(), KitIdentity.digests(requirementFiles, VectorLoader.packagedFiles()),
                new AdapterInfo(start.adapterId(), start.adapterDescription(), start.options()), start.capabilities(),
                start.capabilities().profile().displayName(), start.seed(), start.budget(), Shard.parse(start.shard()), start.only(), request.command(),
                started, Optional.empty());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
