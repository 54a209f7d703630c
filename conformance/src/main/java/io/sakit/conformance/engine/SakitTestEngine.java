package io.sakit.conformance.engine;

import io.sakit.conformance.Conformance;
import io.sakit.conformance.cases.AllCases;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.spec.requirement.Family;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The {@code sakit} test engine. It answers only explicit selections — the class {@link Conformance}, the
 * package {@code io.sakit.conformance}, or unique ids of this engine — so it never runs by accident inside
 * an implementer's ordinary test run.
 */
public final class SakitTestEngine implements TestEngine {

    /** The engine id. */
    public static final String ID = "sakit";

    private final BooleanSupplier stopRequested;

    /** Creates the engine the JUnit Platform discovers; its runs stop only when every case has run. */
    public SakitTestEngine() {
        this(() -> false);
    }

    /**
     * Creates an engine whose runs stop before the next case once {@code stopRequested} is true; the cases not
     * run are reported as skipped.
     */
    public SakitTestEngine(BooleanSupplier stopRequested) {
        this.stopRequested = stopRequested;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.sakit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("sakit-conformance");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor root = new EngineDescriptor(uniqueId, "sakit conformance suite");
        Selection selection = Selection.of(request, uniqueId);
        if (selection.isEmpty()) {
            return root;
        }
        RunConfiguration configuration = RunConfiguration.from(request.getConfigurationParameters());
        List<ConformanceCase> cases = configuration.filter().apply(AllCases.cases());
        Map<Family, FamilyDescriptor> families = new EnumMap<>(Family.class);
        for (ConformanceCase c : cases) {
            UniqueId familyId = uniqueId.append(FamilyDescriptor.SEGMENT, c.family().name());
            CaseDescriptor descriptor = new CaseDescriptor(familyId, c);
            if (selection.includes(descriptor.getUniqueId())) {
                families.computeIfAbsent(c.family(), f -> {
                    FamilyDescriptor family = new FamilyDescriptor(uniqueId, f);
                    root.addChild(family);
                    return family;
                }).addChild(descriptor);
            }
        }
        return root;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SuiteExecution(request, stopRequested).run();
    }

    /** What a discovery request selects of this engine: everything, or some unique ids. */
    private record Selection(boolean everything, List<UniqueId> ids) {

        static Selection of(EngineDiscoveryRequest request, UniqueId engineId) {
            boolean byClass = request.getSelectorsByType(ClassSelector.class).stream().anyMatch(s -> s.getClassName().equals(Conformance.class.getName()));
            boolean byPackage = request.getSelectorsByType(PackageSelector.class).stream()
                    .anyMatch(s -> s.getPackageName().equals(Conformance.class.getPackageName()));
            List<UniqueId> ids = request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                    .filter(id -> id.hasPrefix(engineId)).toList();
            return new Selection(byClass || byPackage || ids.contains(engineId), ids);
        }

        boolean isEmpty() {
            return !everything && ids.isEmpty();
        }

        boolean includes(UniqueId caseId) {
            return everything || ids.stream().anyMatch(caseId::hasPrefix);
        }
    }
}
