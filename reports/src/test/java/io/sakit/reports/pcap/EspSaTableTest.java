package io.sakit.reports.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.CapturedSa;
import org.junit.jupiter.api.Test;

class EspSaTableTest {

    private static final CapturedSa ESP = new CapturedSa("ESP", "10.0.0.1", "*", 0x1001, "3DES-CBC", "HMAC-SHA1-96");

    @Test
    void espLineHasWiresharksEightQuotedFieldsAndItsAlgorithmNames() {
        assertThat(EspSaTable.line(ESP)).hasValue("\"IPv4\",\"10.0.0.1\",\"*\",\"0x00001001\",\"TripleDES-CBC [RFC2451]\",\"\",\"HMAC-SHA-1-96 [RFC2404]\",\"\"");
        assertThat(EspSaTable.line(new CapturedSa("ESP", "*", "*", 0xFFFF_FFFFL, "DES-CBC", "HMAC-MD5-96")).orElseThrow())
                .contains("\"0xFFFFFFFF\",\"DES-CBC [RFC2405]\",\"\",\"HMAC-MD5-96 [RFC2403]\"");
        assertThat(EspSaTable.line(new CapturedSa("ESP", "*", "*", 1, "NULL", "NULL")).orElseThrow()).contains("\"NULL\",\"\",\"NULL\"");
    }

    @Test
    void keysAppearOnlyWhenGivenAndAhHasNoLine() {
        assertThat(EspSaTable.line(ESP, "0011", "aabb").orElseThrow()).endsWith("\"0x0011\",\"HMAC-SHA-1-96 [RFC2404]\",\"0xaabb\"");
        assertThat(EspSaTable.line(new CapturedSa("AH", "*", "*", 1, "NONE", "HMAC-MD5-96"))).isEmpty();
    }

    @Test
    void theReportsTableListsTheFailingCasesEspSasWithoutKeys() {
        String table = FailureCapture.espSaTable(SampleReports.failing());
        assertThat(table.lines().filter(l -> !l.startsWith("#"))).containsExactly(EspSaTable.line(ESP).orElseThrow());
        assertThat(table).contains("--key-log");
    }
}
