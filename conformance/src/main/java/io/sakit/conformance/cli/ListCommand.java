package io.sakit.conformance.cli;

import io.sakit.conformance.adapter.AdapterRegistry;
import io.sakit.conformance.cases.AllCases;
import io.sakit.conformance.suite.ConformanceCase;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.requirement.Requirement;
import io.sakit.spec.requirement.RequirementCatalog;
import io.sakit.spec.spi.AdapterProvider;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the requirements, the cases, the adapters on the class path, or the profiles. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List requirements, tests, adapters or profiles.")
final class ListCommand implements Callable<Integer> {

    enum What { requirements, tests, adapters, profiles }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", description = "What to list: ${COMPLETION-CANDIDATES}.")
    private What what;

    @Option(names = "--family", description = "Only this family (ADD, DEL, CAP, FLT, RX, TX, UDP, ROB, SEQ).")
    private Optional<String> family = Optional.empty();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case requirements -> requirements(out);
            case tests -> tests(out);
            case adapters -> adapters(out);
            case profiles -> profiles(out);
        }
        return Main.OK;
    }

    private void requirements(PrintWriter out) {
        for (Requirement r : RequirementCatalog.load().all()) {
            if (family.map(f -> f.equalsIgnoreCase(r.family().name())).orElse(true)) {
                String when = r.appliesWhen().isEmpty() ? "" : " [when " + r.appliesWhen().stream().map(Enum::name).collect(Collectors.joining(", ")) + "]";
                out.printf("%-12s %-6s %s%s%n", r.id(), r.level(), r.text(), when);
            }
        }
    }

    private void tests(PrintWriter out) {
        for (ConformanceCase c : AllCases.cases()) {
            if (family.map(f -> f.equalsIgnoreCase(c.family().name())).orElse(true)) {
                out.printf("%-60s %s  %s%n", c.id(), String.join(",", c.requirements()), c.title());
            }
        }
    }

    private static void adapters(PrintWriter out) {
        AdapterRegistry registry = AdapterRegistry.load();
        registry.providers().forEach(p -> out.println(adapterLine(p)));
        registry.families().forEach(f -> out.println(String.format("%-28s %s", f.usage(), f.description())));
    }

    private static String adapterLine(AdapterProvider provider) {
        return String.format("%-28s %s", provider.id(), provider.description());
    }

    private static void profiles(PrintWriter out) {
        for (Map.Entry<String, Profile> preset : Profile.presets().entrySet()) {
            out.printf("%-24s %s%s%n", preset.getKey(), preset.getValue().canonical(), preset.getValue().equals(Profile.DEFAULT) ? "  (default)" : "");
        }
    }
}
