package io.sakit.reports.html;

import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;

/** The banner at the top of the report: the verdict, large, with the spec, the profile, the reason and the adapter. */
final class VerdictSection {

    private VerdictSection() {
    }

    static void append(Markup html, RunReport report) {
        RunInfo info = report.info();
        String headline = VerdictStatement.headline(report);
        String word = report.verdict().name();
        html.open("header", "class", "banner v-" + word, "id", "verdict").open("div", "class", "banner-inner");
        html.element("p", "sakit conformance report", "class", "eyebrow").line();
        html.open("h1", "class", "verdict").element("span", word, "class", "word").text(" ")
                .element("span", headline.substring(word.length() + 1), "class", "scope").close("h1").line();
        html.element("p", VerdictStatement.explanation(report), "class", "explanation").line();
        html.element("p", "Adapter " + info.adapter().id() + " — " + info.adapter().description(), "class", "subject").line();
        html.element("p", "Advertised: " + String.join(" ", VerdictStatement.advertisedTokens(info.capabilities())), "class", "tokens-line").line();
        html.close("div").close("header").line();
    }
}
