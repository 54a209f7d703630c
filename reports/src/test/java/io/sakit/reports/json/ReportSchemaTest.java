package io.sakit.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.sakit.reports.SampleReports;
import io.sakit.reports.model.RunReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/io/sakit/spec/data/schemas/report.schema.json")) {
            assertThat(in).as("report.schema.json is packaged with the spec module").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Error> validate(byte[] json) {
        return SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void aWrittenFailingReportValidates() {
        assertThat(validate(ReportFile.render(SampleReports.failing()))).isEmpty();
    }

    @Test
    void aWrittenConformantReportValidates() {
        assertThat(validate(ReportFile.render(SampleReports.conformant()))).isEmpty();
    }

    @Test
    void anUnknownMemberIsRejected() throws Exception {
        RunReport report = SampleReports.failing();
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(ReportFile.render(report));
        ((ObjectNode) tree.get("info").get("shard")).put("whole", true);
        assertThat(validate(ReportJson.mapper().writeValueAsBytes(tree))).extracting(Error::getMessage).anyMatch(m -> m.contains("whole"));
    }

    @Test
    void aMissingVerdictIsRejected() throws Exception {
        JsonNode tree = ReportJson.mapper().readTree(ReportFile.render(SampleReports.failing()));
        ((ObjectNode) tree).remove("verdict");
        assertThat(validate(ReportJson.mapper().writeValueAsBytes(tree))).extracting(Error::getMessage).anyMatch(m -> m.contains("verdict"));
    }
}
