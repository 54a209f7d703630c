package io.sakit.reports.html;

import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.Capability;
import java.time.Duration;
import java.util.Map;

/** What the run was: adapter and options, capabilities, profile, seed, budget, shard, versions, digests, times, command. */
final class IdentitySection {

    private IdentitySection() {
    }

    static void append(Markup html, RunReport report) {
        RunInfo info = report.info();
        html.open("section", "class", "panel", "id", "run").element("h2", "Run").line().open("dl", "class", "identity").line();
        row(html, "Adapter", info.adapter().id() + " — " + info.adapter().description());
        options(html, info.adapter().options());
        capabilities(html, info.capabilities());
        row(html, "Profile", info.profile() + " (adapter declares " + info.capabilities().profile().canonical() + ")");
        row(html, "Seed", Long.toString(info.seed()));
        row(html, "Budget", info.budget());
        row(html, "Shard", info.shard() + (info.shard().isWhole() ? " (whole run)" : ""));
        row(html, "Case filter", info.only().isEmpty() ? "none: every case" : String.join(", ", info.only()));
        row(html, "Kit", info.kitVersion());
        row(html, "Specification", "sakit spec " + info.specVersion());
        digests(html, info.digests());
        row(html, "Started", info.started().toString());
        row(html, "Finished", info.finished().map(end -> end + " (" + Labels.duration(micros(info, end)) + ")").orElse("not finished: the run was cut short"));
        html.element("dt", "Command").open("dd").element("pre", info.command(), "class", "command").close("dd").line();
        html.close("dl").close("section").line();
    }

    private static long micros(RunInfo info, java.time.Instant end) {
        return Duration.between(info.started(), end).toNanos() / 1_000;
    }

    private static void row(Markup html, String term, String value) {
        html.element("dt", term).element("dd", value).line();
    }

    private static void options(Markup html, Map<String, String> options) {
        html.element("dt", "Options").open("dd");
        if (options.isEmpty()) {
            html.element("span", "none", "class", "empty");
        }
        options.forEach((key, value) -> html.element("span", key + "=" + value, "class", "chip"));
        html.close("dd").line();
    }

    private static void capabilities(Markup html, AdapterCapabilities capabilities) {
        html.element("dt", "Capabilities").open("dd");
        for (Capability token : Capability.values()) {
            boolean has = capabilities.has(token);
            html.element("span", token.name(), "class", has ? "chip" : "chip off", "title", has ? "advertised" : "not advertised");
        }
        html.open("div").text("SA capacity " + capabilities.saCapacity() + " SAs · parser-entry capacity " + capabilities.parserEntryCapacity()
                + " · encapsulation 0x" + Integer.toHexString(capabilities.offload().encapsulation()) + " · UDP-ESP flags 0x"
                + Integer.toHexString(capabilities.offload().udpEspFlags())).close("div");
        html.close("dd").line();
    }

    private static void digests(Markup html, Map<String, String> digests) {
        html.element("dt", "Digests").open("dd");
        if (digests.isEmpty()) {
            html.element("span", "none", "class", "empty");
        }
        digests.forEach((name, value) -> html.open("div", "class", "mono").text(name + "  " + value).close("div"));
        html.close("dd").line();
    }
}
