package io.sakit.reports.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.SampleReports;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureCaptureTest {

    @TempDir
    Path dir;

    /** A record read back from a capture file. */
    private record Rec(long seconds, long micros, int included, int original, byte[] data) {
    }

    private static List<Rec> records(ByteBuffer file) {
        List<Rec> records = new ArrayList<>();
        file.position(24);
        while (file.hasRemaining()) {
            long seconds = Integer.toUnsignedLong(file.getInt());
            long micros = file.getInt();
            int included = file.getInt();
            int original = file.getInt();
            byte[] data = new byte[included];
            file.get(data);
            records.add(new Rec(seconds, micros, included, original, data));
        }
        return records;
    }

    private static RunReport withPassingPacketsAndMalformedHex() {
        List<CaseResult> cases = new ArrayList<>(SampleReports.failingCases());
        cases.add(new CaseResult("rx.pass.with-packet", "RX", "t", List.of("RX-ESP-002"), Outcome.PASS, "", Optional.empty(), Optional.empty(), "cmd",
                Optional.empty(), OptionalLong.empty(), 1, Optional.empty(), List.of(new CapturedPacket("kept by a passing case", "4500")), List.of(), 1));
        cases.add(new CaseResult("tx.bad-hex", "TX", "t", List.of("TX-AH-001"), Outcome.FAIL, "m", Optional.empty(), Optional.empty(), "cmd",
                Optional.empty(), OptionalLong.empty(), 1, Optional.empty(),
                List.of(new CapturedPacket("broken\ncapture", "45zz"), new CapturedPacket("transmit output", "450000")), List.of(), 1));
        return Aggregation.report(SampleReports.info(Shard.WHOLE), cases, SampleReports.CATALOG, true);
    }

    @Test
    void theGlobalHeaderIsClassicLibpcapWithRawIpLinkType() {
        ByteBuffer file = ByteBuffer.wrap(FailureCapture.pcap(SampleReports.failing())).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.getInt(0)).isEqualTo(0xa1b2c3d4);
        assertThat(file.getShort(4)).isEqualTo((short) 2);
        assertThat(file.getShort(6)).isEqualTo((short) 4);
        assertThat(file.getInt(16)).isEqualTo(65535);
        assertThat(file.getInt(20)).isEqualTo(101);
    }

    @Test
    void eachPacketOfAFailingCaseIsOneRecordInCaseOrderWithFixedTimestamps() {
        List<Rec> records = records(ByteBuffer.wrap(FailureCapture.pcap(SampleReports.failing())).order(ByteOrder.LITTLE_ENDIAN));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).data()).isEqualTo(HexFormat.of().parseHex(SampleReports.ESP_PACKET));
        assertThat(records.get(0).included()).isEqualTo(records.get(0).original()).isEqualTo(57);
        assertThat(records.get(1).data()).isEqualTo(HexFormat.of().parseHex(SampleReports.ESP_PACKET.substring(0, 40)));
        assertThat(records.get(0).seconds()).isEqualTo(PcapFormat.TIMESTAMP_BASE);
        assertThat(records.get(0).micros()).isZero();
        assertThat(records.get(1).micros()).isEqualTo(1000);
    }

    @Test
    void passingCasesAndMalformedPacketsGetNoFrameAndTheIndexSaysSo() {
        RunReport report = withPassingPacketsAndMalformedHex();
        List<Rec> records = records(ByteBuffer.wrap(FailureCapture.pcap(report)).order(ByteOrder.LITTLE_ENDIAN));
        assertThat(records).extracting(r -> HexFormat.of().formatHex(r.data())).containsExactly(SampleReports.ESP_PACKET.toLowerCase(),
                SampleReports.ESP_PACKET.substring(0, 40), "450000");
        String index = FailureCapture.index(report);
        assertThat(index).contains("      3  tx.bad-hex").contains("transmit output")
                .contains("# not in the capture: tx.bad-hex \"broken capture\": its hexadecimal text is malformed")
                .doesNotContain("rx.pass.with-packet");
    }

    @Test
    void theIndexMapsFrameNumbersToCasesAndLabels() {
        List<String> lines = FailureCapture.index(SampleReports.failing()).lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches(" +1  rx\\.ah\\.bad-icv +FAIL +57  receive input");
        assertThat(lines.get(1)).matches(" +2  rx\\.ah\\.bad-icv +FAIL +20  indicated");
    }

    @Test
    void theSameReportGivesTheSameFiles() throws Exception {
        FailureCapture.write(SampleReports.failing(), dir);
        byte[] pcap = Files.readAllBytes(dir.resolve(FailureCapture.PCAP));
        String index = Files.readString(dir.resolve(FailureCapture.INDEX));
        FailureCapture.write(SampleReports.failing(), dir);
        assertThat(Files.readAllBytes(dir.resolve(FailureCapture.PCAP))).isEqualTo(pcap);
        assertThat(Files.readString(dir.resolve(FailureCapture.INDEX))).isEqualTo(index);
    }

    @Test
    void aRunWithoutFailingPacketsGivesAnEmptyCapture() {
        assertThat(FailureCapture.pcap(SampleReports.conformant())).hasSize(24);
        assertThat(FailureCapture.index(SampleReports.conformant()).lines()).allMatch(l -> l.startsWith("#"));
    }
}
