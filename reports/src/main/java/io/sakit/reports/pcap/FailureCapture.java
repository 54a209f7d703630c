package io.sakit.reports.pcap;

import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The packets of a report's failing data-path cases (FAIL or ERROR with captured packets), in case order
 * and, within a case, in capture order; written as {@value #PCAP} and its index {@value #INDEX}. A packet
 * whose hexadecimal text is malformed gets no frame and is named in the index instead.
 */
public final class FailureCapture {

    /** The capture file name used in an output directory. */
    public static final String PCAP = "failures.pcap";
    /** The index file name used in an output directory. */
    public static final String INDEX = "failures-pcap.txt";

    private FailureCapture() {
    }

    /** Returns the frames of {@code report}'s failing cases, numbered from 1. */
    public static List<Frame> frames(RunReport report) {
        List<Frame> frames = new ArrayList<>();
        for (CaseResult result : failing(report)) {
            for (CapturedPacket packet : result.packets()) {
                PacketBytes.parse(packet.hex())
                        .ifPresent(bytes -> frames.add(new Frame(frames.size() + 1, result.id(), result.outcome(), packet.label(), bytes)));
            }
        }
        return frames;
    }

    private static List<CaseResult> failing(RunReport report) {
        return report.cases().stream().filter(c -> c.outcome().isProblem() && !c.packets().isEmpty()).toList();
    }

    /** Returns the capture file. */
    public static byte[] pcap(RunReport report) {
        return PcapFormat.file(frames(report));
    }

    /** Returns the index: one line per frame (number, case, outcome, label, length), then the packets left out. */
    public static String index(RunReport report) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(PCAP).append(": packets of the failing data-path cases of this run\n");
        text.append("# link type RAW (").append(PcapFormat.LINKTYPE_RAW).append("): each frame starts at its IPv4 header; ESP payloads stay encrypted\n");
        text.append("# timestamps are frame numbers (1 ms apart), not capture times\n");
        text.append(String.format("# %-5s  %-40s  %-7s  %5s  %s", "frame", "case", "outcome", "bytes", "label")).append('\n');
        for (Frame frame : frames(report)) {
            text.append(String.format("%7d  %-40s  %-7s  %5d  %s", frame.number(), oneLine(frame.caseId()), frame.outcome(), frame.bytes().length,
                    oneLine(frame.label()))).append('\n');
        }
        malformed(report).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static List<String> malformed(RunReport report) {
        List<String> lines = new ArrayList<>();
        for (CaseResult result : failing(report)) {
            for (CapturedPacket packet : result.packets()) {
                Optional<byte[]> bytes = PacketBytes.parse(packet.hex());
                if (bytes.isEmpty()) {
                    lines.add("# not in the capture: " + oneLine(result.id()) + " \"" + oneLine(packet.label()) + "\": its hexadecimal text is malformed");
                }
            }
        }
        return lines;
    }

    /**
     * Returns the Wireshark ESP SA table of the failing cases' ESP SAs, without keys: the run's keys never reach
     * a report; {@code --key-log} writes the same table with them.
     */
    public static String espSaTable(RunReport report) {
        StringBuilder text = new StringBuilder();
        text.append("# Wireshark ESP SA table (esp_sa) of the SAs of the failing data-path cases in ").append(PCAP).append('\n');
        text.append("# keys are left out: reports never hold key material; certify --key-log FILE writes this table with the run's test keys\n");
        Set<String> lines = new LinkedHashSet<>();
        for (CaseResult result : failing(report)) {
            result.sas().forEach(sa -> EspSaTable.line(sa).ifPresent(lines::add));
        }
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** Writes the capture file, its index and the ESP SA table into {@code directory}, each atomically. */
    public static void write(RunReport report, Path directory) throws IOException {
        AtomicFiles.write(directory.resolve(PCAP), pcap(report));
        AtomicFiles.write(directory.resolve(INDEX), index(report));
        AtomicFiles.write(directory.resolve(EspSaTable.NAME), espSaTable(report));
    }
}
