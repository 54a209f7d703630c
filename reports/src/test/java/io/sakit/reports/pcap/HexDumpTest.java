package io.sakit.reports.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HexDumpTest {

    @Test
    void sixteenBytesALineWithOffsetAndPrintableCharacters() {
        byte[] bytes = HexFormat.of().parseHex("450000541c4640004001b1e6c0a80001" + "48656c6c6f");
        assertThat(HexDump.lines(bytes)).containsExactly(
                "000000  45 00 00 54 1c 46 40 00  40 01 b1 e6 c0 a8 00 01  |E..T.F@.@.......|",
                "000010  48 65 6c 6c 6f                                    |Hello|");
    }

    @Test
    void malformedHexHasNoBytes() {
        assertThat(PacketBytes.parse("4")).isEmpty();
        assertThat(PacketBytes.parse("4g")).isEmpty();
        assertThat(PacketBytes.parse("4A")).hasValueSatisfying(b -> assertThat(b).containsExactly(0x4a));
    }
}
