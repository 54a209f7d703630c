package io.sakit.spec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.Fixtures;
import io.sakit.spec.profile.Abi;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every field lands at its offset with its byte order: one distinct value per field, read back byte by byte. */
class ImageCodecTest {

    private static final SaImage SA0 = new SaImage(0x01020304, 0xA1A2A3A4, new AlgoImage(0x11, 0x12, 0x13), new AlgoImage(0x21, 0x22, 0x23),
            new AlgoImage(0x31, 0x32, 0x33));
    private static final AddSaImage IMAGE = new AddSaImage(0x0A010203, 0xFFFFFF00, 0xC0A80001, 0xFFFF0000, 0x06, 4500, 0x0102, 0xC6336402,
            0xCB007103, 0x0002, -2, List.of(SA0, SaImage.ZERO, SaImage.ZERO), 0x1122334455667788L, 5, Fixtures.counting(0xE0, 5));

    private static String hex(byte[] buffer, int offset, int length) {
        return HexFormat.of().formatHex(buffer, offset, offset + length);
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void addSaFieldsAreWrittenAtTheirOffsetsInTheirByteOrder(Abi abi) {
        byte[] buffer = ImageCodec.encode(IMAGE, abi);
        int keyLen = AddSaLayout.ADD_SA.keyLength(abi);

        assertThat(buffer).hasSize(AddSaLayout.ADD_SA.keyMaterial(abi) + 5);
        assertThat(hex(buffer, 0, 4)).as("SrcAddr, network order").isEqualTo("0a010203");
        assertThat(hex(buffer, 4, 4)).as("SrcMask").isEqualTo("ffffff00");
        assertThat(hex(buffer, 8, 4)).as("DestAddr").isEqualTo("c0a80001");
        assertThat(hex(buffer, 12, 4)).as("DestMask").isEqualTo("ffff0000");
        assertThat(hex(buffer, 16, 4)).as("Protocol, little-endian").isEqualTo("06000000");
        assertThat(hex(buffer, 20, 2)).as("SrcPort 4500, network order").isEqualTo("1194");
        assertThat(hex(buffer, 22, 2)).as("DestPort").isEqualTo("0102");
        assertThat(hex(buffer, 24, 4)).as("SrcTunnelAddr").isEqualTo("c6336402");
        assertThat(hex(buffer, 28, 4)).as("DestTunnelAddr").isEqualTo("cb007103");
        assertThat(hex(buffer, 32, 2)).as("Flags, little-endian").isEqualTo("0200");
        assertThat(hex(buffer, 34, 2)).as("NumSAs -2, signed little-endian").isEqualTo("feff");
        assertThat(hex(buffer, 36, 4)).as("SecAssoc[0].Operation").isEqualTo("04030201");
        assertThat(hex(buffer, 40, 4)).as("SecAssoc[0].SPI, network order").isEqualTo("a1a2a3a4");
        assertThat(hex(buffer, 44, 12)).as("IntegrityAlgo").isEqualTo("110000001200000013000000");
        assertThat(hex(buffer, 56, 12)).as("ConfAlgo").isEqualTo("210000002200000023000000");
        assertThat(hex(buffer, 68, 12)).as("Reserved").isEqualTo("310000003200000033000000");
        assertThat(hex(buffer, 80, 88)).as("SecAssoc[1..2]").isEqualTo("00".repeat(88));
        String handle = abi == Abi.X64 ? "8877665544332211" : "88776655";
        assertThat(hex(buffer, 168, abi.handleSize())).as("OffloadHandle").isEqualTo(handle);
        assertThat(hex(buffer, keyLen, 4)).as("KeyLen").isEqualTo("05000000");
        assertThat(hex(buffer, keyLen + 4, 5)).as("KeyMat").isEqualTo("e0e1e2e3e4");
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void addSaImageReadsBackEqual(Abi abi) {
        AddSaImage expected = abi == Abi.X64 ? IMAGE : withHandle(IMAGE, 0x55667788L);
        assertThat(ImageCodec.read(ImageCodec.encode(IMAGE, abi), abi)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void udpEspFieldsAreWrittenAtTheirOffsets(Abi abi) {
        UdpEspImage image = new UdpEspImage(IMAGE, 1, 4500, 0x0A0B0C0D0E0F1011L);
        byte[] buffer = ImageCodec.encode(image, abi);
        int entry = AddSaLayout.ADD_UDPESP_SA.encapEntry(abi);
        int entryHandle = AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi);

        assertThat(hex(buffer, entry, 4)).as("UdpEncapType").isEqualTo("01000000");
        assertThat(hex(buffer, entry + 4, 4)).as("DstEncapPort and padding").isEqualTo("11940000");
        assertThat(hex(buffer, entryHandle, abi.handleSize())).as("EncapTypeEntryOffldHandle")
                .isEqualTo(abi == Abi.X64 ? "11100f0e0d0c0b0a" : "11100f0e");
        assertThat(hex(buffer, AddSaLayout.ADD_UDPESP_SA.keyLength(abi), 4)).isEqualTo("05000000");
        assertThat(ImageCodec.readUdpEsp(buffer, abi).destinationEncapPort()).isEqualTo(4500);
    }

    private static AddSaImage withHandle(AddSaImage i, long handle) {
        return new AddSaImage(i.sourceAddress(), i.sourceMask(), i.destinationAddress(), i.destinationMask(), i.protocol(), i.sourcePort(),
                i.destinationPort(), i.sourceTunnelAddress(), i.destinationTunnelAddress(), i.flags(), i.numSas(), i.securityAssociations(), handle,
                i.keyLength(), i.keyMaterial());
    }
}
