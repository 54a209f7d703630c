package io.sakit.spec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.profile.Abi;
import org.junit.jupiter.api.Test;

/** The layout offsets equal the table of the facts file (gcc -m32/-m64 and ctypes). */
class LayoutTest {

    @Test
    void addSaOffsetsMatchTheFactsTableForBothAbis() {
        assertThat(AddSaLayout.securityAssociation(0)).isEqualTo(36);
        assertThat(AddSaLayout.securityAssociation(1)).isEqualTo(80);
        assertThat(AddSaLayout.securityAssociation(2)).isEqualTo(124);
        assertThat(AddSaLayout.OFFLOAD_HANDLE).isEqualTo(168);
        assertThat(AddSaLayout.ADD_SA.keyLength(Abi.X86)).isEqualTo(172);
        assertThat(AddSaLayout.ADD_SA.keyLength(Abi.X64)).isEqualTo(176);
        assertThat(AddSaLayout.ADD_SA.keyMaterial(Abi.X86)).isEqualTo(176);
        assertThat(AddSaLayout.ADD_SA.keyMaterial(Abi.X64)).isEqualTo(180);
        assertThat(AddSaLayout.ADD_SA.sizeOf(Abi.X86)).isEqualTo(180);
        assertThat(AddSaLayout.ADD_SA.sizeOf(Abi.X64)).isEqualTo(184);
    }

    @Test
    void udpEspOffsetsMatchTheFactsTableForBothAbis() {
        assertThat(AddSaLayout.ADD_UDPESP_SA.encapEntry(Abi.X86)).isEqualTo(172);
        assertThat(AddSaLayout.ADD_UDPESP_SA.encapEntry(Abi.X64)).isEqualTo(176);
        assertThat(AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(Abi.X86)).isEqualTo(180);
        assertThat(AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(Abi.X64)).isEqualTo(184);
        assertThat(AddSaLayout.ADD_UDPESP_SA.keyLength(Abi.X86)).isEqualTo(184);
        assertThat(AddSaLayout.ADD_UDPESP_SA.keyLength(Abi.X64)).isEqualTo(192);
        assertThat(AddSaLayout.ADD_UDPESP_SA.keyMaterial(Abi.X86)).isEqualTo(188);
        assertThat(AddSaLayout.ADD_UDPESP_SA.keyMaterial(Abi.X64)).isEqualTo(196);
        assertThat(AddSaLayout.ADD_UDPESP_SA.sizeOf(Abi.X86)).isEqualTo(192);
        assertThat(AddSaLayout.ADD_UDPESP_SA.sizeOf(Abi.X64)).isEqualTo(200);
    }

    @Test
    void fixedFieldOffsetsAreThoseOfTheStructure() {
        assertThat(new int[] {AddSaLayout.SRC_ADDR, AddSaLayout.SRC_MASK, AddSaLayout.DEST_ADDR, AddSaLayout.DEST_MASK, AddSaLayout.PROTOCOL,
            AddSaLayout.SRC_PORT, AddSaLayout.DEST_PORT, AddSaLayout.SRC_TUNNEL_ADDR, AddSaLayout.DEST_TUNNEL_ADDR, AddSaLayout.FLAGS,
            AddSaLayout.NUM_SAS}).containsExactly(0, 4, 8, 12, 16, 20, 22, 24, 28, 32, 34);
        assertThat(new int[] {SaImage.OPERATION, SaImage.SPI, SaImage.INTEGRITY, SaImage.CONF, SaImage.RESERVED, SaImage.SIZE})
                .containsExactly(0, 4, 8, 20, 32, 44);
    }
}
