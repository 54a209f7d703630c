package io.sakit.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CapturedSa;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.pcap.HexDump;
import io.sakit.reports.pcap.PacketBytes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Every FAIL and ERROR case with its evidence: message, expected and actual, requirements, vector or seed
 * and counterexample, captured packets as hex dumps, and the command that reproduces it alone with a copy
 * button (shown by the script; without script the command is plain text to select).
 */
final class FailuresSection {

    private FailuresSection() {
    }

    static void append(Markup html, RunReport report) {
        List<CaseResult> problems = report.cases().stream().filter(c -> c.outcome().isProblem()).toList();
        html.open("section", "class", "panel", "id", "failures").element("h2", "Failures and errors (" + problems.size() + ")").line();
        if (problems.isEmpty()) {
            html.element("p", "No case failed or ended in error.", "class", "empty");
        }
        int index = 0;
        for (CaseResult result : problems) {
            card(html, result, ++index);
        }
        html.close("section").line();
    }

    private static void card(Markup html, CaseResult result, int index) {
        html.open("article", "class", "case o-" + result.outcome().name(), "id", Anchors.testCase(result.id())).line();
        html.open("header").element("span", result.outcome().name(), "class", "badge b-" + result.outcome().name())
                .element("h3", result.id(), "class", "case-id").element("span", result.title(), "class", "case-title").close("header").line();
        html.element("p", result.message(), "class", "message").line();
        facts(html, result);
        comparison(html, result);
        result.counterexample().ifPresent(json -> html.element("h4", "Counterexample").element("pre", pretty(json), "class", "counterexample"));
        sas(html, result.sas());
        packets(html, result.packets());
        html.element("h4", "Reproduce").open("div", "class", "repro").open("pre").element("code", result.reproduce(), "id", "repro-" + index)
                .close("pre").element("button", "Copy", "type", "button", "class", "copy", "data-copy", "repro-" + index, "hidden", "").close("div");
        html.close("article").line();
    }

    private static void facts(Markup html, CaseResult result) {
        html.open("dl", "class", "facts").element("dt", "Requirements").open("dd");
        for (String id : result.requirements()) {
            html.open("a", "href", "#" + Anchors.requirement(id), "class", "mono").text(id).close("a").text(" ");
        }
        html.close("dd").element("dt", "Family").element("dd", result.family());
        result.vector().ifPresent(vector -> html.element("dt", "Vector").open("dd").element("code", vector).close("dd"));
        result.seed().ifPresent(seed -> html.element("dt", "Seed").element("dd", seed + " (" + result.examples() + " examples tried)"));
        html.element("dt", "Duration").element("dd", Labels.duration(result.durationMicros())).close("dl").line();
    }

    private static void comparison(Markup html, CaseResult result) {
        if (result.expected().isEmpty() && result.actual().isEmpty()) {
            return;
        }
        html.open("div", "class", "compare");
        html.open("div").element("h4", "Expected").element("pre", result.expected().orElse("—"), "class", "expected").close("div");
        html.open("div").element("h4", "Actual").element("pre", result.actual().orElse("—"), "class", "actual").close("div");
        html.close("div").line();
    }

    private static void sas(Markup html, List<CapturedSa> sas) {
        if (sas.isEmpty()) {
            return;
        }
        html.element("h4", "SAs installed (keys are never reported; ESP SAs also in failures-esp_sa)");
        html.open("table", "class", "sas").open("tr");
        for (String heading : List.of("Protocol", "Source", "Destination", "SPI", "Encryption", "Authentication")) {
            html.element("th", heading);
        }
        html.close("tr");
        for (CapturedSa sa : sas) {
            html.open("tr");
            for (String cell : List.of(sa.protocol(), sa.source(), sa.destination(), String.format("0x%08X", sa.spi()), sa.encryption(), sa.authentication())) {
                html.element("td", cell, "class", "mono");
            }
            html.close("tr");
        }
        html.close("table").line();
    }

    private static void packets(Markup html, List<CapturedPacket> packets) {
        if (packets.isEmpty()) {
            return;
        }
        html.element("h4", "Captured packets (from the IPv4 header; also in failures.pcap)");
        for (CapturedPacket packet : packets) {
            Optional<byte[]> bytes = PacketBytes.parse(packet.hex());
            html.open("details", "class", "packet", "open", "").open("summary")
                    .text(packet.label() + " · " + bytes.map(b -> b.length + " bytes").orElse("malformed hexadecimal text")).close("summary");
            html.element("pre", bytes.map(b -> String.join("\n", HexDump.lines(b))).orElse(packet.hex()), "class", "hex").close("details").line();
        }
    }

    private static String pretty(String json) {
        try {
            JsonNode tree = ReportJson.mapper().readTree(json);
            return ReportJson.pretty().writeValueAsString(tree);
        } catch (IOException e) {
            return json;
        }
    }
}
