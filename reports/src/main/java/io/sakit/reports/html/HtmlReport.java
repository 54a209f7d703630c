package io.sakit.reports.html;

import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import io.sakit.spec.requirement.RequirementCatalog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code report.html}: one self-contained file, verdict first, then the summary, the run's identity,
 * charts by family, the requirement matrix with filters, every failure with its evidence, the allowed
 * alternatives and all cases. It loads nothing: styles and script are inline and a content security
 * policy forbids network access. Every text from the results is escaped. The same report gives the same
 * bytes; the file holds no time of its own making.
 */
public final class HtmlReport {

    /** The file name used in an output directory. */
    public static final String NAME = "report.html";

    private final RequirementCatalog catalog;

    /** Creates a writer that shows the requirement texts of {@code catalog}. */
    public HtmlReport(RequirementCatalog catalog) {
        this.catalog = catalog;
    }

    /** Returns the page for {@code report}. */
    public String render(RunReport report) {
        Markup html = new Markup();
        html.raw("<!DOCTYPE html>").line().open("html", "lang", "en").line().open("head").line();
        html.open("meta", "charset", "utf-8").line();
        html.open("meta", "http-equiv", "Content-Security-Policy", "content", Assets.contentSecurityPolicy()).line();
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
        html.element("title", "sakit report: " + report.verdict() + " — " + report.info().adapter().id()).line();
        html.open("style").raw(Assets.CSS).close("style").line().close("head").line().open("body").line();
        VerdictSection.append(html, report);
        html.open("main").line();
        SummarySection.append(html, report);
        IdentitySection.append(html, report);
        Charts.append(html, report);
        MatrixSection.append(html, report, catalog);
        FailuresSection.append(html, report);
        CasesSection.append(html, report);
        html.close("main").line();
        html.element("footer", "sakit " + report.info().kitVersion() + " · " + VerdictStatement.headline(report)
                + " · this page is self-contained: it loads nothing from the network").line();
        html.open("script").raw(Assets.SCRIPT).close("script").line().close("body").line().close("html").line();
        return html.toString();
    }

    /** Writes the page for {@code report} to {@code target} atomically. */
    public void write(RunReport report, Path target) throws IOException {
        AtomicFiles.write(target, render(report));
    }
}
