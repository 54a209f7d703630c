package io.sakit.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final HtmlReport WRITER = new HtmlReport(SampleReports.CATALOG);
    private static final String FAILING = WRITER.render(SampleReports.failing());

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theVerdictComesFirstWithSpecAndProfile() {
        assertThat(FAILING.indexOf("<span class=\"word\">NONCONFORMANT</span> <span class=\"scope\">to sakit spec 1.0 under profile default</span>"))
                .isPositive().isLessThan(FAILING.indexOf("id=\"summary\""));
        assertThat(WRITER.render(SampleReports.conformant())).contains("<span class=\"word\">CONFORMANT</span>");
    }

    @Test
    void textFromTheResultsIsEscaped() {
        assertThat(occurrences(FAILING, "<script")).isEqualTo(1);
        assertThat(FAILING).contains("CryptoStatus was CRYPTO_SUCCESS &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("CRYPTO_SUCCESS &amp; &lt;b&gt;bold&lt;/b&gt;").contains("&lt;/pre&gt;&lt;script&gt;").doesNotContain("<b>bold");
    }

    @Test
    void thePageLoadsNothingFromOutside() {
        String withoutSvgNamespace = FAILING.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutSvgNamespace).doesNotContain("http:", "https:", "<link", " src=", "@import", "url(", "<iframe", "<img");
        assertThat(FAILING).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
    }

    @Test
    void thePolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
        assertThat(FAILING).contains("style-src &#39;" + hash(between("<style>", "</style>")) + "&#39;")
                .contains("script-src &#39;" + hash(between("<script>", "</script>")) + "&#39;");
    }

    @Test
    void theMatrixHasARowPerRequirementAndTheFiltersWaitForTheScript() {
        RunReport report = SampleReports.failing();
        assertThat(occurrences(FAILING, "<tr class=\"req ")).isEqualTo(report.requirements().size());
        assertThat(FAILING).contains("<tr class=\"req st-FAIL\" id=\"req-ADD-LEN-001\" data-family=\"ADD\" data-status=\"FAIL\">")
                .contains("<div class=\"filters\" id=\"filters\" hidden role=\"search\">");
        assertThat(FAILING).contains("<a href=\"#case-add.len.short-buffer\">add.len.short-buffer: BytesNeeded is the missing byte count, not the total</a>");
    }

    @Test
    void everyFailureAndErrorShowsItsEvidenceAndReproduction() {
        for (CaseResult result : SampleReports.failing().cases()) {
            boolean problem = result.outcome().isProblem();
            assertThat(FAILING.contains("<article class=\"case o-" + result.outcome() + "\" id=\"case-" + result.id() + "\">")).isEqualTo(problem);
            if (problem) {
                assertThat(FAILING).contains(">" + result.reproduce() + "</code>");
            }
        }
        assertThat(FAILING).contains("<pre class=\"expected\">status INVALID_LENGTH, BytesNeeded 184</pre>")
                .contains("<pre class=\"actual\">status INVALID_LENGTH, BytesNeeded 8</pre>")
                .contains("000000  45 00 00 39 1c 46 40 00  40 32 9c 34 c0 a8 00 01  |E..9.F@.@2.4....|")
                .contains("<dt>Seed</dt><dd>7 (31 examples tried)</dd>").contains("<dd><code>add-sa-length/tc20</code></dd>")
                .contains("<button type=\"button\" class=\"copy\" data-copy=\"repro-1\" hidden>Copy</button>");
    }

    @Test
    void theRunIdentityIsShown() {
        assertThat(FAILING).contains("<dt>Adapter</dt><dd>reference — sakit reference implementation</dd>")
                .contains("<span class=\"chip\">capacity=64</span>").contains("<span class=\"chip off\" title=\"not advertised\">UDP_ESP</span>")
                .contains("<dt>Seed</dt><dd>42</dd>").contains("<dt>Budget</dt><dd>standard</dd>").contains("<dt>Shard</dt><dd>1/1 (whole run)</dd>")
                .contains("kit  sha256:1111").contains("<dt>Kit</dt><dd>0.1.0</dd>");
    }

    @Test
    void theChartsAreInlineSvgPerFamily() {
        assertThat(occurrences(FAILING, "<svg class=\"chart\"")).isEqualTo(2);
        assertThat(FAILING).contains("<title>RX: 1 FAIL</title>").contains("<title>RX: 16.0 ms</title>");
    }

    @Test
    void caseIdsThatAreNotSafeBecomeSafeAnchors() {
        CaseResult hostile = SampleReports.fail("x\"><img src=y>", "ADD", "ADD-LEN-002", "m", "e", "a");
        RunReport report = Aggregation.report(SampleReports.info(Shard.WHOLE), List.of(hostile), SampleReports.CATALOG, true);
        String html = WRITER.render(report);
        assertThat(html).doesNotContain("<img").containsPattern("id=\"case-x___img_src_y_-[0-9a-f]+\"");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(WRITER.render(SampleReports.failing())).isEqualTo(FAILING);
    }

    private static String between(String open, String close) {
        Matcher matcher = Pattern.compile(Pattern.quote(open) + "(.*?)" + Pattern.quote(close), Pattern.DOTALL).matcher(FAILING);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String hash(String content) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
