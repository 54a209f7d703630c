package io.sakit.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testCase(Document document, String name) {
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static Element child(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        assertThat(children.getLength()).as("<%s> in %s", tag, parent.getAttribute("name")).isEqualTo(1);
        return (Element) children.item(0);
    }

    @Test
    void totalsAndOneSuitePerFamily() throws Exception {
        Document document = parse(JunitXmlReport.render(SampleReports.failing()));
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("sakit: NONCONFORMANT to sakit spec 1.0 under profile default");
        assertThat(List.of(root.getAttribute("tests"), root.getAttribute("failures"), root.getAttribute("errors"), root.getAttribute("skipped")))
                .containsExactly("9", "2", "1", "1");
        NodeList suites = document.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(5);
        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("sakit.ADD");
        assertThat(((Element) suites.item(0)).getAttribute("tests")).isEqualTo("3");
    }

    @Test
    void eachOutcomeHasItsElement() throws Exception {
        Document document = parse(JunitXmlReport.render(SampleReports.failing()));
        Element fail = child(testCase(document, "[ADD-LEN-001] add.len.short-buffer"), "failure");
        assertThat(fail.getAttribute("message")).isEqualTo("BytesNeeded is the missing byte count, not the total");
        assertThat(fail.getTextContent()).contains("expected: status INVALID_LENGTH, BytesNeeded 184", "actual:   status INVALID_LENGTH, BytesNeeded 8",
                "reproduce: sakit run --adapter reference --only add.len.short-buffer");
        assertThat(child(testCase(document, "[TX-ESP-001] tx.esp.encrypt-des"), "error").getAttribute("message"))
                .isEqualTo("adapter threw IllegalStateException: ring full");
        assertThat(child(testCase(document, "[UDP-ENT-001] udp.ent.rx-transport"), "skipped").getAttribute("message"))
                .isEqualTo("not advertised: UDP_ESP");
        assertThat(child(testCase(document, "[ADD-KEY-005] add.key.weak-des"), "system-out").getTextContent())
                .isEqualTo("ACCEPTABLE: weak DES key accepted; rejecting it is allowed too");
        assertThat(testCase(document, "[ADD-ALG-001] add.alg.md5-ah").getChildNodes().getLength()).isZero();
        assertThat(testCase(document, "[RX-AH-002, RX-AH-001] rx.ah.bad-icv").getAttribute("classname")).isEqualTo("sakit.RX");
    }

    @Test
    void markupAndCharactersXmlCannotHoldAreEscaped() throws Exception {
        String hostile = "<script>alert(\"x\")</script> ]]> &amp; \u0001 tab\tend\nnext";
        RunReport report = Aggregation.report(SampleReports.info(Shard.WHOLE),
                List.of(SampleReports.fail("add.hostile", "ADD", "ADD-LEN-002", hostile, "e", "a")), SampleReports.CATALOG, true);
        String xml = JunitXmlReport.render(report);
        assertThat(xml).doesNotContain("<script>");
        Element failure = child(testCase(parse(xml), "[ADD-LEN-002] add.hostile"), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo(hostile.replace('\u0001', '\uFFFD'));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(JunitXmlReport.render(SampleReports.failing())).isEqualTo(JunitXmlReport.render(SampleReports.failing()));
    }
}
